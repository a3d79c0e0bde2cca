// Progressive enhancement of the library: everything works without it.
// The sort menu applies itself as soon as a reader picks an order.
document.querySelectorAll("form.sort-form").forEach((form) => {
  const select = form.querySelector("select");
  const button = form.querySelector("button");
  if (!select || !button) return;
  button.hidden = true;
  select.addEventListener("change", () => form.submit());
});
