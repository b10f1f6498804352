#!/usr/bin/env python3
"""Trains the small models behind two checks of substance that word patterns could not reach: 摆成绩 (achievement)
and 批评像希望 (criticism.as.hope). A logistic regression over the character 1- to 3-grams of a statement (digits
folded to 0), trained on the development half of the labelled corpus only; the weights are written as data into the
dsl bundle, where DepthModel scores a statement with them. No dependency beyond Python 3.

    python3 releng/review-model/train.py            # writes the .weights files
    python3 releng/review-model/train.py --cv       # 5-fold cross-validation figures on the development half
"""
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(ROOT, "bundles/org.duizhao.cli/src/test/resources/review-corpus")
OUT = os.path.join(ROOT, "bundles/org.duizhao.dsl/src/org/duizhao/dsl/depth")
# The development half: dev*.tsv. heldout.tsv, the held-out half, is never read here.
DEVELOPMENT = sorted(name for name in os.listdir(CORPUS) if name.startswith("dev") and name.endswith(".tsv"))
MODELS = {"achievement": "问题", "criticism.as.hope": "批评", "disguised.praise": "问题"}
# The score above which a statement is flagged: chosen on the cross-validation figures (--cv) for precision first.
THRESHOLDS = {"achievement": 1.0, "criticism.as.hope": 1.0, "disguised.praise": 0.5}
EPOCHS = 40
RATE = 0.2
L2 = 1e-4
MIN_COUNT = 2
KEEP = 4000


def grams(text):
    text = re.sub(r"[0-9０-９]", "0", text.lower())
    text = "^" + text + "$"
    found = set()
    for n in (1, 2, 3):
        for i in range(len(text) - n + 1):
            found.add(text[i:i + n])
    return found


def read(files, kind, label):
    rows = []
    for name in files:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 4 and parts[1] == kind:
                    rows.append((grams(parts[3]), 1 if label in parts[0].split(",") else 0))
    return rows


def train(rows):
    counts = {}
    for features, _ in rows:
        for g in features:
            counts[g] = counts.get(g, 0) + 1
    vocabulary = {g for g, c in counts.items() if c >= MIN_COUNT}
    weights = {}
    bias = 0.0
    order = list(range(len(rows)))
    rnd = random.Random(7)
    for epoch in range(EPOCHS):
        rnd.shuffle(order)
        rate = RATE / (1 + epoch * 0.1)
        for i in order:
            features, y = rows[i]
            active = [g for g in features if g in vocabulary]
            z = bias + sum(weights.get(g, 0.0) for g in active)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            gradient = p - y
            bias -= rate * gradient
            for g in active:
                w = weights.get(g, 0.0)
                weights[g] = w - rate * (gradient + L2 * w)
    kept = dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:KEEP])
    return bias, kept


def score(model, features):
    bias, weights = model
    return bias + sum(weights.get(g, 0.0) for g in features)


def cross_validate(rows, label):
    rnd = random.Random(11)
    order = list(range(len(rows)))
    rnd.shuffle(order)
    scored = []
    for fold in range(5):
        test = [rows[i] for k, i in enumerate(order) if k % 5 == fold]
        model = train([rows[i] for k, i in enumerate(order) if k % 5 != fold])
        scored += [(score(model, f), y) for f, y in test]
    print(label)
    for threshold in (0.0, 0.5, 1.0, 1.5, 2.0):
        tp = sum(1 for s, y in scored if s > threshold and y)
        fp = sum(1 for s, y in scored if s > threshold and not y)
        fn = sum(1 for s, y in scored if s <= threshold and y)
        print("  threshold %.1f  precision %.2f  recall %.2f" % (threshold, tp / max(1, tp + fp), tp / max(1, tp + fn)))


def main():
    for label, kind in MODELS.items():
        rows = read(DEVELOPMENT, kind, label)
        if "--cv" in sys.argv:
            cross_validate(rows, label)
            continue
        bias, weights = train(rows)
        path = os.path.join(OUT, label + ".weights")
        with open(path, "w", encoding="utf-8") as f:
            f.write("# %s: logistic regression over character 1-3-grams (digits as 0, ^ and $ for the ends), trained by\n" % label)
            f.write("# releng/review-model/train.py on the development half (%d statements of kind %s). Generated: retrain, do not edit.\n" % (len(rows), kind))
            f.write("threshold\t%.2f\n" % THRESHOLDS[label])
            f.write("bias\t%.6f\n" % bias)
            for g, w in sorted(weights.items()):
                if abs(w) >= 0.005:
                    f.write("%s\t%.4f\n" % (g.replace("\\", "\\\\").replace("\t", "\\t"), w))
        print("wrote", path, len(weights), "weights")


if __name__ == "__main__":
    main()
