// Colours code blocks once the page is parsed; blocks without a language are recognised by content.
hljs.highlightAll();
