# An async generator: it can await between its yields.
import asyncio
import json


async def later(value):  # stands in for a network call
    return value


async def countdown(start):
    for n in range(start, 0, -1):
        yield await later(n)
    # an async generator cannot return a value in Python


async def main():
    async for n in countdown(3):
        print(n)

    values = [n async for n in countdown(2)]
    print(json.dumps(values, separators=(",", ":")))


asyncio.run(main())
