"""Text printed into the raw HTML blocks of generated pages stays text, on one line."""

from __future__ import annotations

import markdown

from generator.rendering.escaping import escape_html


def test_text_in_a_raw_html_block_can_neither_open_a_tag_nor_end_the_block():
    hostile = 'a <script>x</script> & "q" \'s\n\n# heading *not emphasis*\x02\x03 [x](javascript:y)'
    block = f"<p>{escape_html(hostile)}</p>"
    assert "\n" not in block and "\x02" not in block and "<script>" not in block
    html = markdown.Markdown(extensions=["attr_list", "tables", "toc"]).convert(f"{block}\n\nafter\n")
    assert html == f"{block}\n\n<p>after</p>"
