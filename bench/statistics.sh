# The statistics every benchmark prints its figures with; sourced by them, not run.

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The nearest-rank percentile $1 (0.99) of the numbers in file $2, one a line.
percentile() { sort -n "$2" | awk -v p="$1" '{ v[NR] = $1 } END { i = int(p * NR); if (i < p * NR) i++; print v[i] }'; }
