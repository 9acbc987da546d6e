import re

# re.finditer is Python's matchAll; no flag needed for "all".
log = "GET /a 200\nGET /b 404\nPOST /c 200"
line = re.compile(r"^(\w+) (\S+) (\d+)$", re.M)
for match in line.finditer(log):
    method, path, status = match.groups()
    print(method, path, status)
print("TypeError")  # JavaScript refuses matchAll without g
