// On a narrow screen the menu opens over the page; choosing a page closes it again. A script file rather than the
// template's inline onclick, which the Content-Security-Policy refuses.
document.addEventListener("click", event => {
    if (event.target instanceof Element && event.target.closest(".nav-scrollable")) {
        const toggler = document.querySelector(".navbar-toggler");
        if (toggler) {
            toggler.checked = false;
        }
    }
});
