// Asks before an editor with unsaved changes is left through a link or Back. Blazor's NavigationLock cannot stop an
// enhanced navigation (a link click or Back handled by blazor.web.js, since the app has no interactive router): the page
// would be swapped and the typing lost. So while a form has unsaved changes, this asks first, before blazor.web.js sees
// the click or the history step.
// It is a classic script loaded before blazor.web.js, with its listeners added at once, because popstate is dispatched
// on window itself, where listeners run in the order they were added whatever their capture flag: a listener added
// later, by the editor's module, ran after blazor.web.js had already started fetching the previous page (a Chromium
// test caught it under load). Clicks pass window's capturing phase first, so order does not matter there.
// Typing marks the form dirty at once, without waiting for the server's round trip; the editor then tells the guard
// the real state after each render (clean again after a save, or when the text is back to what was saved).
// Each watch has a number, and only the newest editor may change or stop it, so an editor disposed after the next one
// started (enhanced navigation, a slow circuit) cannot switch off the live one's guard.
"use strict";
window.storyBankLeaveGuard = (() => {
    let watching = false;
    let dirty = false;
    let question = "";
    let editorUrl = "";
    let editorState = null;
    let watch = 0;

    function start(message) {
        watch++;
        watching = true;
        dirty = false;
        question = message;
        editorUrl = location.href;
        editorState = history.state;
        return watch;
    }

    function setDirty(value, owner) {
        if (owner === watch) {
            dirty = value;
        }
    }

    function stop(owner) {
        if (owner === watch) {
            watching = false;
            dirty = false;
        }
    }

    function mayLose() {
        return watching && dirty;
    }

    document.addEventListener("input", event => {
        if (watching && event.target instanceof Element && event.target.closest(".story-form")) {
            dirty = true;
        }
    }, true);

    window.addEventListener("beforeunload", event => {
        if (mayLose()) {
            event.preventDefault();
        }
    });

    window.addEventListener("click", event => {
        if (!mayLose() || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return;
        }

        const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
        if (!link || link.hasAttribute("download") || (link.target && link.target !== "_self")) {
            return;
        }

        // Only links the page would follow in place; others unload the page, where the browser's own warning applies.
        const url = new URL(link.href, document.baseURI);
        if (!url.href.startsWith(document.baseURI) || link.closest("[data-enhance-nav=false]")) {
            return;
        }

        if (!confirm(question)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    window.addEventListener("popstate", event => {
        if (!mayLose() || confirm(question)) {
            return;
        }

        // The browser has already moved to the other entry: keep blazor.web.js from loading it and put the editor's
        // address back, so the page, its form and the address bar agree again.
        event.stopImmediatePropagation();
        history.pushState(editorState, "", editorUrl);
    }, true);

    return { start, setDirty, stop };
})();
