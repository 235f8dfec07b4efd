// Puts the cursor in the field a coaching finding points at, and brings it into view.
export function focusField(id) {
    const field = document.getElementById(id);
    if (field) {
        field.scrollIntoView({ block: "center" });
        field.focus();
    }
}
