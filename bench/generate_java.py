#!/usr/bin/env python3
"""Writes one generated Java class of about SIZE bytes, for bench/file-size.sh.

Usage: generate_java.py clean|dense SIZE_BYTES OUT_FILE

clean: small ordinary methods no rule flags; dense: methods that trip several rules each
(too many parameters, boolean flags, swallowed exceptions, mutable statics, deep nesting).
"""
import sys

CLEAN = '''
  /** Adds the two values, scaled. */
  int sum{i}(int left, int right) {{
    int total = left + right;
    return total * {i} % 97;
  }}
'''

DENSE = '''
  public static java.util.List<String> cache{i} = new java.util.ArrayList<>();

  public int mix{i}(int a, int b, int c, int d, int e, int f, int g, boolean flag) {{
    try {{
      if (flag) {{
        for (int x = 0; x < a; x++) {{
          if (x > b) {{
            while (c > d) {{
              if (e > f) {{
                c--;
              }}
            }}
          }}
        }}
      }}
    }} catch (Exception ignored) {{
    }}
    return a + b + c + d + e + f + g;
  }}
'''


def main():
    kind, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    template = CLEAN if kind == "clean" else DENSE
    parts = ["package bench;\n\n/** Generated for the file-size benchmark. */\npublic class Generated {\n"]
    written = len(parts[0])
    i = 0
    while written < size:
        method = template.format(i=i)
        parts.append(method)
        written += len(method)
        i += 1
    parts.append("}\n")
    with open(out, "w") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main()
