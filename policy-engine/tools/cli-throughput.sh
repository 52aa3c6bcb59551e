#!/usr/bin/env bash
# The CLI end to end: generates a file of public comments (175 MB by default, never committed) and times
# `java -jar policy-engine-cli.jar screen FILE > /dev/null`. MB = 10^6 bytes of input.
#   policy-engine/tools/cli-throughput.sh [MEGABYTES]     (from the repository root, after `mvn package`)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-175}
FILE=target/cli-comments-${MB}mb.jsonl
if ! [ -f "$FILE" ]; then
python3 - "$FILE" "$MB" <<'PY'
import json, random, sys
path, mb = sys.argv[1], int(sys.argv[2])
r = random.Random(20261207)
openers = ["Thanks for the update.", "G'day,", "Hi DSS,", "Not happy.", "Quick question:", "Honestly,", "Mate,"]
payments = ["Carer Payment", "Age Pension", "JobSeeker", "Family Tax Benefit", "the NDIS", "Rent Assistance",
            "Disability Support Pension", "Youth Allowance", "Parenting Payment"]
places = ["Dubbo", "Wagga Wagga", "Ballarat", "Townsville", "Geelong", "Cairns", "Bendigo", "Penrith", "Logan"]
middles = ["When will {p} be paid? I applied {d} ago and still nothing.",
           "The office in {c} was really helpful, the staff explained {p} properly.",
           "I rang three times about {p} and got cut off each time, waited {d} on hold.",
           "We live in {c} and the nearest service centre is two hours away, can we do {p} online?",
           "Our family relies on {p}, please don't cut it. We're in {c}.",
           "I reckon {p} should be easier to claim, the forms took me {d}."]
extras = ["Call me on 0412 345 678.", "Email me at mum123@example.com.au.", "My TFN is 123 456 782.",
          "I live at 12 Wattle Street, Dubbo.", "What the fuck is going on?", "Up 12% since 2019.",
          "Someone should shoot the minister.", "We recommend Ability Plus.", "", "", "", "", "", "", ""]
durations = ["six weeks", "a month", "ten days", "two hours", "a fortnight"]
target = mb * 1_000_000
n = 0
size = 0
with open(path, 'w') as f:
    while size < target:
        text = r.choice(openers) + " " + " ".join(
            r.choice(middles).format(p=r.choice(payments), c=r.choice(places), d=r.choice(durations))
            for _ in range(r.randint(1, 3))) + " " + r.choice(extras) + " Cheers."
        line = json.dumps({"id": str(n), "channel": "PUBLIC_COMMENT", "text": text.strip()}) + "\n"
        f.write(line)
        size += len(line.encode())
        n += 1
print(f"{path}: {n} comments, {size / 1e6:.1f} MB")
PY
fi
BYTES=$(stat -c %s "$FILE")
for run in 1 2 3; do
  START=$(date +%s.%N)
  java -jar target/policy-engine-cli.jar screen "$FILE" > /dev/null
  END=$(date +%s.%N)
  python3 -c "print(f'run $run: {$BYTES/1e6:.1f} MB in {$END-$START:.2f} s = {$BYTES/1e6/($END-$START):.1f} MB/s')"
done
