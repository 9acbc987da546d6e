import asyncio


async def pages():
    for page in [1, 2, 3]:
        await asyncio.sleep(0)  # as if each page came over the network
        yield page


async def resolve(value):
    return value


async def main():
    # An async comprehension collects an async iterable.
    print(" ".join([str(page) async for page in pages()]))
    mixed = [resolve("a"), resolve("b")]
    print(" ".join([await value for value in mixed]))
    tens = [page * 10 async for page in pages()]
    print(" ".join(map(str, tens)))


asyncio.run(main())
