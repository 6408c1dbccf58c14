// Conveniences for writers; every screen works without them.
(function () {
    "use strict";

    // A running count under text areas that carry data-counter, with the advice it holds.
    document.querySelectorAll("[data-counter]").forEach(function (field) {
        var counter = document.createElement("p");
        counter.className = "hint counter";
        counter.id = field.id + "-counter";
        field.setAttribute("aria-describedby", counter.id);
        field.after(counter);
        var show = function () {
            counter.textContent = field.value.length + " of " + field.maxLength + " characters. " + field.dataset.counter;
        };
        field.addEventListener("input", show);
        show();
    });

    // A writing toolbar over a Markdown body: each button wraps the selection, or starts each of its
    // lines, and has the keyboard shortcut it shows; the body stays a plain text area. The live word
    // count and reading time use the public pages' pace, and the cursor is kept for the server,
    // which inserts library images where it was.
    var FORMATTING = [
        {label: "Bold", keys: "B", wrap: ["**", "**"], filler: "bold text"},
        {label: "Italic", keys: "I", wrap: ["_", "_"], filler: "italic text"},
        {label: "Link", keys: "K", wrap: ["[", "](https://)"], filler: "link text", address: true},
        {label: "Heading", keys: "Alt+2", line: "## "},
        {label: "Quote", keys: "Shift+.", line: "> "},
        {label: "List", keys: "Shift+8", line: "- "},
        {label: "Code", keys: "E", wrap: ["`", "`"], block: ["```\n", "\n```"], filler: "code"},
        {label: "Image", keys: "Alt+I", wrap: ["![", "](https://)"], filler: "what the image shows", address: true}
    ];
    var shortcutOf = function (event) {
        var key = event.code.indexOf("Key") === 0 ? event.code.slice(3) : event.code.indexOf("Digit") === 0 ? event.code.slice(5)
                : event.code === "Period" ? "." : "";
        return (event.altKey ? "Alt+" : "") + (event.shiftKey ? "Shift+" : "") + key;
    };
    document.querySelectorAll("textarea[data-toolbar]").forEach(function (body) {
        var format = document.getElementById(body.dataset.toolbar);
        var cursor = document.getElementById(body.dataset.cursor);
        var applyFormatting = function (action) {
            var start = body.selectionStart;
            var end = body.selectionEnd;
            var text = body.value;
            if (action.line) {
                var from = text.lastIndexOf("\n", start - 1) + 1;
                var lines = text.slice(from, end).split("\n").map(function (line) { return action.line + line; }).join("\n");
                body.setRangeText(lines, from, end, "end");
            } else {
                var selected = text.slice(start, end);
                var wrap = action.block && selected.indexOf("\n") >= 0 ? action.block : action.wrap;
                var inner = selected || action.filler;
                body.setRangeText(wrap[0] + inner + wrap[1], start, end, "end");
                var innerStart = start + wrap[0].length;
                if (action.address) {
                    var addressStart = innerStart + inner.length + 2;
                    body.setSelectionRange(addressStart, addressStart + "https://".length);
                } else {
                    body.setSelectionRange(innerStart, innerStart + inner.length);
                }
            }
            body.focus();
            body.dispatchEvent(new Event("input", {bubbles: true}));
        };
        var toolbar = document.createElement("div");
        toolbar.className = "toolbar";
        toolbar.setAttribute("role", "toolbar");
        toolbar.setAttribute("aria-label", "Formatting");
        toolbar.setAttribute("aria-controls", body.id);
        var buttons = FORMATTING.map(function (action, index) {
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = action.label;
            button.title = action.label + " (Ctrl+" + action.keys + ")";
            button.setAttribute("aria-keyshortcuts", "Control+" + action.keys + " Meta+" + action.keys);
            button.tabIndex = index === 0 ? 0 : -1;
            button.addEventListener("click", function () { applyFormatting(action); });
            toolbar.append(button);
            return button;
        });
        // One stop in the tab order; the arrow keys move along the toolbar, as in a word processor.
        toolbar.addEventListener("keydown", function (event) {
            var shown = buttons.filter(function (button) { return !button.hidden; });
            var at = shown.indexOf(document.activeElement);
            var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
            if (at >= 0 && step) {
                event.preventDefault();
                shown[at].tabIndex = -1;
                var next = shown[(at + step + shown.length) % shown.length];
                next.tabIndex = 0;
                next.focus();
            }
        });
        // Distraction-free writing: only the title, the toolbar and the body stay; Esc or the button again ends it.
        var focus = document.createElement("button");
        focus.type = "button";
        focus.textContent = "Focus";
        focus.title = "Only the title and the text (Esc to leave)";
        focus.tabIndex = -1;
        focus.setAttribute("aria-pressed", "false");
        var title = body.form.querySelector("input[id$=':title']");
        [title, title && title.labels[0], toolbar, body].forEach(function (kept) {
            if (kept) {
                kept.classList.add("kept-in-focus");
            }
        });
        var writeInFocus = function (on) {
            document.body.classList.toggle("focus-writing", on);
            focus.setAttribute("aria-pressed", String(on));
        };
        focus.addEventListener("click", function () { writeInFocus(!document.body.classList.contains("focus-writing")); });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && document.body.classList.contains("focus-writing")) {
                writeInFocus(false);
            }
        });
        toolbar.append(focus);
        buttons.push(focus);
        body.before(toolbar);
        body.addEventListener("keydown", function (event) {
            if (!(event.ctrlKey || event.metaKey) || !markdown) {
                return;
            }
            var pressed = shortcutOf(event);
            var action = FORMATTING.filter(function (each) { return each.keys === pressed; })[0];
            if (action) {
                event.preventDefault();
                applyFormatting(action);
            }
        });
        // The formatting writes Markdown, so it is offered for Markdown only; Focus is for every format.
        var markdown = true;
        var showToolbar = function () {
            markdown = !format || format.value === "MARKDOWN";
            buttons.forEach(function (button) {
                button.hidden = button !== focus && !markdown;
                button.tabIndex = -1;
            });
            buttons.filter(function (button) { return !button.hidden; })[0].tabIndex = 0;
        };
        if (format) {
            format.addEventListener("change", showToolbar);
        }
        showToolbar();

        var count = document.createElement("p");
        count.className = "hint";
        count.id = body.id + "-words";
        body.after(count);
        var pace = Number(body.dataset.wordsPerMinute);
        var showCount = function () {
            var words = body.value.split(/\s+/).filter(function (word) { return /[\p{L}\p{N}]/u.test(word); }).length;
            count.textContent = words + (words === 1 ? " word" : " words") + " · about " + Math.max(1, Math.ceil(words / pace)) + " min read";
        };
        var keepCursor = function () {
            if (cursor) {
                cursor.value = body.selectionStart;
            }
        };
        body.addEventListener("input", showCount);
        ["input", "keyup", "click", "select"].forEach(function (event) { body.addEventListener(event, keepCursor); });
        showCount();
    });

    // Leaving a form with changes nobody saved asks first; the server marks a form (data-unsaved)
    // whose changes it holds but has not saved, such as an image just inserted.
    document.querySelectorAll("form[data-unsaved]").forEach(function (form) {
        var unsaved = form.dataset.unsaved === "true";
        var edits = 0;
        var editsWhenAutosaving = -1;
        form.addEventListener("input", function () {
            unsaved = true;
            edits++;
        });
        form.addEventListener("submit", function () { unsaved = false; });
        // Saved by autosave only if nothing was typed while it was on its way.
        document.addEventListener("autosaving", function () { editsWhenAutosaving = edits; });
        document.addEventListener("autosaved", function (event) {
            if (event.detail && edits === editsWhenAutosaving) {
                unsaved = false;
            }
        });
        window.addEventListener("beforeunload", function (event) {
            if (unsaved) {
                event.preventDefault();
                event.returnValue = "";
            }
        });
    });

    // Names to pick from as a writer types, asked of the server, which knows every tag and author; in
    // a comma-separated list (data-list="comma") only the name being typed is looked up, and the
    // suggestions keep the names typed before it. A name nobody used yet simply becomes a new one.
    document.querySelectorAll("datalist[data-suggest]").forEach(function (list) {
        var input = document.querySelector("[list='" + list.id + "']");
        var comma = list.dataset.list === "comma";
        var waiting;
        input.addEventListener("input", function () {
            clearTimeout(waiting);
            waiting = setTimeout(function () {
                var parts = comma ? input.value.split(",") : [input.value];
                var typed = parts[parts.length - 1].trim();
                var done = parts.slice(0, -1).map(function (name) { return name.trim(); }).filter(Boolean);
                var prefix = done.length ? done.join(", ") + ", " : "";
                if (!typed) {
                    list.replaceChildren();
                    return;
                }
                fetch(list.dataset.suggest + "?q=" + encodeURIComponent(typed), {credentials: "same-origin"})
                    .then(function (answer) { return answer.ok ? answer.json() : []; })
                    .then(function (names) {
                        list.replaceChildren.apply(list, names.filter(function (name) { return done.indexOf(name) < 0; }).map(function (name) {
                            var option = document.createElement("option");
                            option.value = prefix + name;
                            return option;
                        }));
                    });
            }, 150);
        });
    });

    // A file over the server's limit is named as soon as it is chosen, not after minutes of uploading,
    // and the form will not send it. The server checks again, also for browsers without this script.
    document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
        var message = document.createElement("p");
        message.className = "error";
        message.id = input.id + "-size";
        message.setAttribute("role", "alert");
        message.hidden = true;
        input.setAttribute("aria-describedby", message.id);
        input.after(message);
        var megabytes = function (bytes) { return (bytes / 1048576).toFixed(1); };
        input.addEventListener("change", function () {
            var file = input.files[0];
            var limit = Number(input.dataset.maxBytes);
            var problem = file && file.size > limit ? "'" + file.name + "' is " + megabytes(file.size)
                    + " MB; uploads may be at most " + megabytes(limit) + " MB. Choose a smaller file." : "";
            message.textContent = problem;
            message.hidden = !problem;
            input.setCustomValidity(problem);
        });
    });

    // Presses a background button of a Faces form the Faces way, by ajax, with what its data-execute
    // and data-render name: the admin's Content-Security-Policy allows no inline handlers, so
    // the requests start here rather than from attributes Faces would write into the page.
    // Faces runs a button's action only for a "click" of it, so the request names that event.
    var press = function (button, done) {
        faces.ajax.request(button, {type: "click"}, {execute: button.dataset.execute, render: button.dataset.render, onevent: function (data) {
            if (done && data.status === "success") {
                done();
            }
        }});
    };

    // A long job: while its progress button is on the page, press it every little while.
    var poll = document.querySelector("input.poll");
    if (poll) {
        var every = Number(poll.dataset.every);
        var ask = function () {
            var current = document.querySelector("input.poll");
            if (current) {
                press(current);
                setTimeout(ask, every);
            }
        };
        setTimeout(ask, every);
    }

    // Fields that ask the server as the writer types, such as the address check: once typing pauses.
    document.querySelectorAll("[data-checks]").forEach(function (field) {
        var waiting;
        field.addEventListener("keyup", function () {
            clearTimeout(waiting);
            waiting = setTimeout(function () { press(document.getElementById(field.dataset.checks)); }, 400);
        });
    });

    // Autosave: after a change, press the hidden autosave button now and then; the server refuses to
    // save over a newer version and says so in the status next to it.
    var autosave = document.querySelector("input.autosave");
    if (autosave) {
        var changed = false;
        autosave.form.addEventListener("input", function () { changed = true; });
        setInterval(function () {
            if (changed) {
                changed = false;
                document.dispatchEvent(new Event("autosaving"));
                press(autosave, function () {
                    var status = document.querySelector(".autosave-status[data-unsaved]");
                    document.dispatchEvent(new CustomEvent("autosaved", {detail: status && status.dataset.unsaved === "false"}));
                });
            }
        }, Number(autosave.dataset.every));
    }
})();
