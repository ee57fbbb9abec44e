#!/usr/bin/env python3
"""The manual page and the bash completion name exactly the commands and options of the
program ("cloudwright --help", "cloudwright COMMAND --help"), so neither goes stale.
   check_commands.py CLOUDWRIGHT MAN_PAGE COMPLETION"""
import re
import subprocess
import sys

binary, man_page, completion = sys.argv[1:4]
problems = []


def run(*args):
    return subprocess.run([binary, *args], capture_output=True, text=True, check=True).stdout


help_text = run("--help")
commands = re.findall(r"^  cloudwright ([a-z]+) ", help_text, re.M)
if len(commands) < 5:
    sys.exit(f"found only {commands} in cloudwright --help:\n{help_text}")
options = {}
for command in commands:
    text = run(command, "--help")
    options[command] = set(re.findall(r"^  (?:-o|--[a-z-]+)", text, re.M)) | set(
        re.findall(r"^  -h, (--help)", text, re.M))
    options[command] = {o.strip() for o in options[command]}

man = open(man_page, encoding="utf-8").read()
man_commands = re.findall(r'^\.BI "cloudwright ([a-z]+) "', man, re.M)
synopsis = re.findall(r"^\.B cloudwright ([a-z]+)$", man, re.M)
for name, found in (("COMMANDS", man_commands), ("SYNOPSIS", synopsis)):
    if found != commands:
        problems.append(f"{man_page}: {name} lists {found}, cloudwright --help {commands}")
man_plain = man.replace("\\-", "-")
for command, opts in options.items():
    for option in opts:
        if option not in man_plain:
            problems.append(f"{man_page}: no {option} (an option of {command})")

comp = open(completion, encoding="utf-8").read()
listed = re.search(r'local commands="([^"]*)"', comp)
if not listed or listed.group(1).split() != commands:
    problems.append(f"{completion}: commands {listed.group(1) if listed else None!r}, cloudwright --help {commands}")
for command, opts in options.items():
    m = re.search(rf"^\s*{command}\) options\+=\"([^\"]*)\"", comp, re.M)
    got = set(m.group(1).split()) | {"--help"} if m else None
    if got != opts:
        problems.append(f"{completion}: {command} completes {sorted(got) if got else None}, its --help has {sorted(opts)}")

if problems:
    sys.exit("\n".join(problems))
print(f"{len(commands)} commands and their options agree: {', '.join(commands)}")
