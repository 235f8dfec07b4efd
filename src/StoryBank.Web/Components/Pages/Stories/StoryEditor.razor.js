// Puts the cursor in the field a coaching finding points at, and brings it into view.
export function focusField(id) {
    const field = document.getElementById(id);
    if (field) {
        field.scrollIntoView({ block: "center" });
        field.focus();
    }
}

// Blazor's NavigationLock cannot stop an enhanced navigation (a link click or Back handled by blazor.web.js, since the
// app has no interactive router): the page would be swapped and the typing lost. So while the form has unsaved changes,
// this asks first, before blazor.web.js sees the click or the history step. Capturing listeners on window run first.
// Typing marks the form dirty here at once, without waiting for the server's round trip; the editor then tells the
// module the real state after each render (clean again after a save, or when the text is back to what was saved).
// The module is shared by every editor the page ever shows: each watch has a number, and only the newest editor may
// change or stop it, so an editor disposed after the next one started (enhanced navigation, a slow circuit) cannot
// switch off the live one's guard.
let dirty = false;
let question = "";
let editorUrl = "";
let editorState = null;
let watch = 0;

export function watchLeaving(message) {
    stopWatching(watch);
    watch++;
    question = message;
    editorUrl = location.href;
    editorState = history.state;
    window.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("input", onInput, true);
    return watch;
}

export function setDirty(value, owner) {
    if (owner === watch) {
        dirty = value;
    }
}

export function stopWatching(owner) {
    if (owner !== watch) {
        return;
    }

    dirty = false;
    window.removeEventListener("click", onClick, true);
    window.removeEventListener("popstate", onPopState, true);
    window.removeEventListener("beforeunload", onBeforeUnload);
    document.removeEventListener("input", onInput, true);
}

function onInput(event) {
    if (event.target instanceof Element && event.target.closest(".story-form")) {
        dirty = true;
    }
}

function onBeforeUnload(event) {
    if (dirty) {
        event.preventDefault();
    }
}

function onClick(event) {
    if (!dirty || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
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
}

function onPopState(event) {
    if (!dirty) {
        return;
    }

    if (confirm(question)) {
        return;
    }

    // The browser has already moved to the other entry: keep blazor.web.js from loading it and put the editor's
    // address back, so the page, its form and the address bar agree again.
    event.stopImmediatePropagation();
    history.pushState(editorState, "", editorUrl);
}
