"""Print the command lines of the README's quick-start block, one a line."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
section = re.search(r"^## Quick start\n(.*?)^## ", text, re.S | re.M)
if not section:
    sys.exit("README.md has no '## Quick start' section")
block = re.search(r"```(?:bash|sh|console)?\n(.*?)```", section.group(1), re.S)
if not block:
    sys.exit("the quick start has no code block")
for line in block.group(1).splitlines():
    if line.strip() and not line.lstrip().startswith("#"):
        print(line.strip())
