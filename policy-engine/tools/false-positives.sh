#!/usr/bin/env bash
# False-positive runs on real published English nobody here wrote, and the comparison with npm obscenity 0.4.6
# on the same text. Not part of `mvn verify`: run it by hand or after the benchmark.
#
#   policy-engine/tools/false-positives.sh            (from the repository root; needs root for apt-get)
#
# Installs Debian's fortunes, fortunes-min, wamerican and wbritish (their text is never committed), splits the
# fortunes and /usr/share/common-licenses into sentences, screens every sentence and every dictionary word as a
# public comment with the CLI jar, and counts what would be hidden as offensive (a BLOCK finding of category
# OFFENSIVE). The same text goes through obscenity's recommended English matcher. Output in
# policy-engine/target/false-positives/ (hidden.tsv lists every sentence and word hidden, for review).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/false-positives
mkdir -p "$OUT"
if ! [ -d /usr/share/games/fortunes ] || ! [ -f /usr/share/dict/american-english ] || ! [ -f /usr/share/dict/british-english ]; then
  apt-get update -qq && apt-get install -y -qq fortunes fortunes-min wamerican wbritish >/dev/null
fi
if ! [ -f target/policy-engine-cli.jar ]; then
  (cd .. && mvn -q -o -pl policy-engine -am -DskipTests package)
fi
python3 - "$OUT" <<'PY'
import glob, json, os, re, sys
out = sys.argv[1]
texts = []
for f in sorted(glob.glob('/usr/share/games/fortunes/*')):
    if f.endswith('.dat') or f.endswith('.u8') or os.path.isdir(f) or os.path.islink(f):
        continue
    texts.append(open(f, encoding='utf-8', errors='replace').read().replace('\n%\n', '\n\n'))
for f in sorted(glob.glob('/usr/share/common-licenses/*')):
    if os.path.isfile(f):
        texts.append(open(f, encoding='utf-8', errors='replace').read())
sentences = set()
for t in texts:
    for para in re.split(r'\n\s*\n', t):
        para = re.sub(r'\s+', ' ', para).strip()
        for s in re.split(r'(?<=[.!?])\s+(?=[A-Z"\'(])', para):
            s = s.strip()
            if len(s) >= 12 and re.search('[a-z]', s):
                sentences.add(s)
sentences = sorted(sentences)
words = set()
for f in ('/usr/share/dict/american-english', '/usr/share/dict/british-english'):
    for w in open(f, encoding='utf-8', errors='replace'):
        w = w.strip()
        if w:
            words.add(w)
words = sorted(words)
for name, items in (('sentences', sentences), ('words', words)):
    with open(f'{out}/{name}.txt', 'w') as fh:
        fh.write('\n'.join(items) + '\n')
    with open(f'{out}/{name}.jsonl', 'w') as fh:
        for i, s in enumerate(items):
            fh.write(json.dumps({'id': str(i), 'channel': 'PUBLIC_COMMENT', 'text': s}) + '\n')
print(f'{len(sentences)} sentences, {len(words)} dictionary words')
PY
# the development set's public comments: offensive ones (disguised, inflected, threats, harassment) and benign ones
python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
cases = []
for line in open('src/test/resources/eval/dev-set.tsv', encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    split, channel, cats, text = line.rstrip('\n').split('\t', 3)
    if channel == 'C' and (cats == '-' or 'OFFENSIVE' in cats):
        cases.append(('offensive' if 'OFFENSIVE' in cats else 'benign', text))
with open(f'{out}/devset.txt', 'w') as fh:
    fh.write('\n'.join(t for _, t in cases) + '\n')
with open(f'{out}/devset.labels', 'w') as fh:
    fh.write('\n'.join(l for l, _ in cases) + '\n')
with open(f'{out}/devset.jsonl', 'w') as fh:
    for i, (_, t) in enumerate(cases):
        fh.write(json.dumps({'id': str(i), 'channel': 'PUBLIC_COMMENT', 'text': t}) + '\n')
PY
for name in sentences words devset; do
  java -jar target/policy-engine-cli.jar screen "$OUT/$name.jsonl" > "$OUT/$name.engine.jsonl" || true
done
if ! [ -d "$OUT/node_modules/obscenity" ]; then
  (cd "$OUT" && npm init -y >/dev/null 2>&1 && npm install --silent obscenity@0.4.6 >/dev/null 2>&1)
fi
cat > "$OUT/obscenity.js" <<'JS'
const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = require('obscenity');
const fs = require('fs');
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
for (const name of ['sentences', 'words', 'devset']) {
  const lines = fs.readFileSync(`${name}.txt`, 'utf8').split('\n').filter(l => l.length > 0);
  const flagged = lines.filter(l => matcher.hasMatch(l));
  fs.writeFileSync(`${name}.obscenity.txt`, flagged.join('\n') + '\n');
}
JS
(cd "$OUT" && node obscenity.js)
python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
report = []
for name in ('sentences', 'words'):
    items = open(f'{out}/{name}.txt').read().split('\n')[:-1]
    hidden = []
    for line in open(f'{out}/{name}.engine.jsonl'):
        r = json.loads(line)
        if 'error' in r:
            continue
        if r['outcome'] == 'BLOCK' and any(f['category'] == 'OFFENSIVE' and f['severity'] == 'BLOCK' for f in r['findings']):
            hidden.append(items[int(r['id'])])
    obscenity = set(open(f'{out}/{name}.obscenity.txt').read().split('\n')) - {''}
    both = len(set(hidden) & obscenity)
    report.append(f'{name}: {len(items)} screened; engine hides {len(hidden)} ({len(hidden) * 2500 / len(items):.1f} per 2,500); '
                  f'obscenity flags {len(obscenity)} ({len(obscenity) * 2500 / len(items):.1f} per 2,500); both {both}')
    with open(f'{out}/{name}.hidden.tsv', 'w') as fh:
        for h in hidden:
            fh.write(('obscenity too\t' if h in obscenity else 'engine only\t') + h + '\n')
    with open(f'{out}/{name}.obscenity-only.txt', 'w') as fh:
        fh.write('\n'.join(sorted(obscenity - set(hidden))) + '\n')
labels = open(f'{out}/devset.labels').read().split('\n')[:-1]
texts = open(f'{out}/devset.txt').read().split('\n')[:-1]
hidden = set(); flagged = set()
for line in open(f'{out}/devset.engine.jsonl'):
    r = json.loads(line)
    offensive = [f for f in r.get('findings', []) if f['category'] == 'OFFENSIVE']
    if any(f['severity'] == 'BLOCK' for f in offensive):
        hidden.add(int(r['id']))
    if any(f['severity'] in ('BLOCK', 'WARN') for f in offensive):
        flagged.add(int(r['id']))
obscene = set(open(f'{out}/devset.obscenity.txt').read().split('\n')) - {''}
for label in ('offensive', 'benign'):
    ids = [i for i, l in enumerate(labels) if l == label]
    report.append(f'development set, {len(ids)} {label} public comments: engine hides {sum(i in hidden for i in ids)}, '
                  f'flags (WARN or BLOCK) {sum(i in flagged for i in ids)}; obscenity flags '
                  f'{sum(texts[i] in obscene for i in ids)}')
open(f'{out}/report.txt', 'w').write('\n'.join(report) + '\n')
print('\n'.join(report))
PY
