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
    var press = function (button) {
        faces.ajax.request(button, {type: "click"}, {execute: button.dataset.execute, render: button.dataset.render});
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
                press(autosave);
            }
        }, Number(autosave.dataset.every));
    }
})();
