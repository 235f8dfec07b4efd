// Puts the cursor in the field a coaching finding points at, and brings it into view.
export function focusField(id) {
    const field = document.getElementById(id);
    if (field) {
        field.scrollIntoView({ block: "center" });
        field.focus();
    }
}

// The guard against leaving with unsaved changes lives in wwwroot/js/leave-guard.js, loaded before blazor.web.js
// (see there why); the editor reaches it through these.
export function watchLeaving(message) {
    return window.storyBankLeaveGuard.start(message);
}

export function setDirty(value, owner) {
    window.storyBankLeaveGuard.setDirty(value, owner);
}

export function stopWatching(owner) {
    window.storyBankLeaveGuard.stop(owner);
}
