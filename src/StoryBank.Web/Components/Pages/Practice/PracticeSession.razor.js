// Single-key shortcuts for the practice page: Space starts and stops the timer, R reveals, 1–4 rate.
// Keys typed into a text field, a list or an editable area keep their usual meaning, and Space on a focused, enabled
// button, checkbox, radio or link keeps its native action, so nothing ever happens twice.
const shortcutKeys = new Set(["Space", "r", "1", "2", "3", "4"]);

export function listen(dotNet) {
    const onKeyDown = event => {
        if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }

        const target = event.target instanceof Element ? event.target : null;
        if (target && isTextEntry(target)) {
            return;
        }

        const key = event.key === " " ? "Space" : event.key.toLowerCase();
        if (!shortcutKeys.has(key)) {
            return;
        }

        if (key === "Space" && target && target.closest("button:not(:disabled), input:not(:disabled), a[href], summary")) {
            return;
        }

        // Space would otherwise scroll the page.
        event.preventDefault();
        dotNet.invokeMethodAsync("OnShortcutAsync", key);
    };

    // A mouse click on a category or the order leaves the focus on that box, where the next Space would toggle it
    // again instead of starting the timer. Mouse users get the focus back on the page; keyboard users keep their place.
    const onPointerUp = event => {
        if (event.target instanceof Element && event.target.closest("[data-practice-setup]")) {
            setTimeout(() => {
                if (document.activeElement instanceof HTMLInputElement && document.activeElement.closest("[data-practice-setup]")) {
                    document.activeElement.blur();
                }
            });
        }
    };

    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerup", onPointerUp);
    return {
        dispose: () => {
            document.removeEventListener("keydown", onKeyDown);
            document.removeEventListener("pointerup", onPointerUp);
        },
    };
}

function isTextEntry(element) {
    if (element.closest("textarea, select, [contenteditable]:not([contenteditable='false'])")) {
        return true;
    }

    return element instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset"].includes(element.type);
}
