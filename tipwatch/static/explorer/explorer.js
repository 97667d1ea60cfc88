/* Progressive enhancement for the explorer; every page works without it.
   - a select with data-autosubmit submits its form when changed (the button stays for
     keyboard and no-JS users);
   - hovering or focusing a country on the map names it and its tier in a live region. */
(function () {
    "use strict";
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
        select.addEventListener("change", function () {
            if (select.form) { select.form.submit(); }
        });
    });
    document.querySelectorAll("[data-map]").forEach(function (figure) {
        var status = figure.querySelector(".map-status");
        if (!status) { return; }
        var idle = status.textContent;
        function show(event) {
            var link = event.target.closest ? event.target.closest("a[aria-label]") : null;
            if (link && figure.contains(link)) { status.textContent = link.getAttribute("aria-label"); }
        }
        figure.addEventListener("mouseover", show);
        figure.addEventListener("focusin", show);
        figure.addEventListener("mouseleave", function () { status.textContent = idle; });
    });
}());
