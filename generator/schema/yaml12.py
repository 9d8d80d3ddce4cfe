"""What YAML 1.1 and YAML 1.2 readers read alike.

PyYAML reads YAML 1.1; editors and JavaScript tools read YAML 1.2, whose core schema reads some
values otherwise: `yes` and `010` (1.1: true and 8; 1.2: text and 10), `1e3` and `0o17` (1.1: text).
A briefing holds only values both read alike: the writer quotes the others and the loader refuses them.
"""

from __future__ import annotations

import re

TRUE, FALSE = ("true", "True", "TRUE"), ("false", "False", "FALSE")
ONLY_SOME_BOOLEANS = ("y", "n")  # true and false to some YAML 1.1 readers, not to PyYAML
DECIMAL_WHOLE = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
# With PyYAML's number tags: PyYAML reads an exponent only after a point, YAML 1.2 reads no underscore.
DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+][0-9]+)?")
WHOLE_1_2 = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
NUMBER_1_2 = re.compile(WHOLE_1_2.pattern + r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                         r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
UNICODE_BREAK = re.compile("[\x85\u2028\u2029]")
