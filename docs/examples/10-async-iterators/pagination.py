# A paged API, read lazily: each page is fetched only when its first
# item is needed.
import asyncio

pages = {
    "start": {"items": ["ada", "alan"], "next": "p2"},
    "p2": {"items": ["grace", "linus"], "next": "p3"},
    "p3": {"items": ["margaret"]},
}


async def fetch_page(cursor="start"):
    print(f"  (fetching {cursor})")
    return pages.get(cursor, {"items": []})


async def users():
    cursor = None
    while True:
        page = await fetch_page(cursor or "start")
        # Python has no `yield from` in async generators
        for item in page["items"]:
            yield item
        cursor = page.get("next")
        if cursor is None:
            return


async def main():
    async for user in users():
        print(user)
        if user == "grace":
            break  # page p3 is never fetched


asyncio.run(main())
