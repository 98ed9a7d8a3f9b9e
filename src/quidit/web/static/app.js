// Small conveniences only: every page works without this file.
// Hovering or focusing a quote in the side list outlines it in the text,
// and the other way round.
(function () {
  "use strict";
  function marks(id) {
    return document.querySelectorAll('mark.q[data-quote~="' + CSS.escape(id) + '"]');
  }
  function toggle(id, on) {
    marks(id).forEach(function (m) { m.classList.toggle("active", on); });
    var item = document.getElementById("side-" + id);
    if (item) item.classList.toggle("active", on);
  }
  document.querySelectorAll(".side-quote").forEach(function (li) {
    var id = li.getAttribute("data-quote");
    li.addEventListener("mouseenter", function () { toggle(id, true); });
    li.addEventListener("mouseleave", function () { toggle(id, false); });
  });
  document.querySelectorAll("mark.q").forEach(function (m) {
    var ids = (m.getAttribute("data-quote") || "").split(" ");
    var id = ids[ids.length - 1];
    m.addEventListener("mouseenter", function () { toggle(id, true); });
    m.addEventListener("mouseleave", function () { toggle(id, false); });
  });
})();
