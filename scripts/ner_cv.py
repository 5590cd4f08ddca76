#!/usr/bin/env python3
"""The entity models' internal comparison protocols (model/README.md), so design choices are
never made on the dev sets.

  ar: 5-fold cross-validation over the first 90 % of ANERcorp-train (the last 10 % is the dev
      split and stays out): five contiguous blocks of sentences, each scored by a model trained
      on the other four; counts pooled over the folds.
  en: train on CoNLL-2003 train without its last 150 documents, score on them.

Usage (from the repository root, after `cargo build --release`):
  python3 scripts/ner_cv.py ar ../shared/data/ar/anercorp-train.conll --seeds 17 18 -- \
      --gazetteers ../shared/data/ar/anergazet --gazetteers data/gazetteers/ar
  python3 scripts/ner_cv.py en ../shared/data/en/conll2003-train.conll --seeds 17 -- \
      --gazetteers data/gazetteers/en
Arguments after `--` go to `hashiya train` as they are. Prints F1 per type and overall per seed.
"""
import os
import re
import subprocess
import sys
import tempfile

TYPES = ["PER", "ORG", "LOC", "MISC"]


def read_blocks(path):
    """CoNLL file as (document number, sentence text) pairs, sentence text without the blank line."""
    out, lines, doc = [], [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if lines:
                    out.append((doc, "\n".join(lines)))
                    lines = []
                doc += 1
            elif line.strip():
                lines.append(line)
            elif lines:
                out.append((doc, "\n".join(lines)))
                lines = []
    if lines:
        out.append((doc, "\n".join(lines)))
    return out


def write(path, sentences, docs):
    with open(path, "w", encoding="utf-8") as f:
        last = None
        for doc, text in sentences:
            if docs and doc != last:
                f.write("-DOCSTART- -X- -X- O\n\n")
                last = doc
            f.write(text + "\n\n")


def train_and_score(hashiya, train_path, test_path, seed, extra, tmp):
    model = os.path.join(tmp, "model.bin")
    cmd = [hashiya, "train", "--data", train_path, "--dev", test_path, "--out", model, "--seed", str(seed)] + extra
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    # The table after "dev (with document pass):": type gold pred P R F1.
    table = out.split("dev (with document pass):", 1)[1]
    counts = {}
    for t in TYPES:
        m = re.search(rf"^{t}\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)", table, re.M)
        gold, pred, recall = int(m.group(1)), int(m.group(2)), float(m.group(4))
        counts[t] = (gold, pred, round(recall * gold / 100))
    return counts


def f1(gold, pred, correct):
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    return 200 * p * r / (p + r) if p + r else 0.0


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        extra = args[args.index("--") + 1 :]
        args = args[: args.index("--")]
    if len(args) < 2 or args[0] not in ("ar", "en"):
        sys.exit(__doc__)
    lang, data = args[0], args[1]
    seeds = [int(s) for s in args[args.index("--seeds") + 1 :]] if "--seeds" in args else [17]
    hashiya = os.environ.get("HASHIYA", "target/release/hashiya")
    sentences = read_blocks(data)
    with tempfile.TemporaryDirectory() as tmp:
        train_path, test_path = os.path.join(tmp, "train.conll"), os.path.join(tmp, "test.conll")
        if lang == "ar":
            n = len(sentences)
            head = sentences[: n - n * 10 // 100]
            k = 5
            bounds = [len(head) * i // k for i in range(k + 1)]
            folds = [(head[: bounds[i]] + head[bounds[i + 1] :], head[bounds[i] : bounds[i + 1]]) for i in range(k)]
        else:
            docs = sorted({d for d, _ in sentences})
            held = set(docs[-150:])
            folds = [([s for s in sentences if s[0] not in held], [s for s in sentences if s[0] in held])]
        for seed in seeds:
            total = {t: [0, 0, 0] for t in TYPES}
            for train, test in folds:
                write(train_path, train, lang == "en")
                write(test_path, test, lang == "en")
                counts = train_and_score(hashiya, train_path, test_path, seed, ["--lang", lang] + extra, tmp)
                for t in TYPES:
                    for j in range(3):
                        total[t][j] += counts[t][j]
            overall = [sum(total[t][j] for t in TYPES) for j in range(3)]
            per_type = " ".join(f"{t} {f1(*total[t]):.2f}" for t in TYPES)
            print(f"{lang} seed {seed}: F1 {f1(*overall):.2f} ({per_type}; gold {overall[0]})", flush=True)


if __name__ == "__main__":
    main()
