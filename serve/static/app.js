// lookout serve: the page's script. It keeps the form's choices in step
// (forms of the chosen layout, wording boxes for the chosen languages),
// asks the server for a preview as choices change, downloads what the
// buttons make, opens a campaign file, and shows each problem beside the
// control it concerns. No framework, no inline script (the page's
// Content-Security-Policy forbids it).
"use strict";
(function () {
  const form = document.getElementById("settings");
  const layout = document.getElementById("layout");
  const status = document.getElementById("status");
  const pdfs = document.getElementById("pdfs");
  let timer = 0, seq = 0, aborter = null, urls = [];
  // The languages in the order they were chosen: the first leads the page.
  let chosen = Array.from(form.querySelectorAll("input[name=lang]:checked"), b => b.value);

  function formData() {
    const fd = new FormData(form);
    fd.delete("lang");
    for (const l of chosen) fd.append("lang", l);
    return fd;
  }

  // Show only the forms, sizes and audiences of the chosen layout.
  function filterByLayout() {
    for (const sel of form.querySelectorAll("select[data-by-layout]")) {
      let any = false;
      for (const o of sel.options) {
        if (!o.dataset.for) continue;
        const show = o.dataset.for === layout.value;
        o.hidden = !show; o.disabled = !show; any = any || show;
        if (!show && o.selected) sel.value = "";
      }
      sel.closest(".field").hidden = !any;
    }
    const tabs = !!layout.selectedOptions[0].dataset.tabs;
    document.getElementById("tabs-field").hidden = !tabs;
    if (!tabs) form.elements.tear_offs.value = "";
  }

  // A box for the law's wording for each chosen language, when a law is chosen.
  function showNotices() {
    const law = form.elements.comply.value !== "";
    for (const el of form.querySelectorAll("[data-law]")) el.hidden = !law;
    for (const el of form.querySelectorAll("[data-notice]")) {
      const box = document.getElementById("lang-" + el.dataset.notice);
      el.hidden = !(law && box && box.checked);
    }
  }

  function clearProblems() {
    for (const p of document.querySelectorAll(".problem")) p.textContent = "";
    for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    document.getElementById("problems").textContent = "";
  }

  // Each problem beside its control; those about the whole above the preview.
  function showProblems(list) {
    clearProblems();
    for (const p of list) {
      const spot = p.field && document.getElementById(p.field + "-problem");
      const general = document.createElement("p");
      document.getElementById("problems").appendChild(general);
      for (const el of spot ? [general, spot] : [general]) {
        el.textContent = p.message;
        if (p.hint) {
          const hint = document.createElement("span");
          hint.className = "hint";
          hint.textContent = "Hint: " + p.hint;
          el.appendChild(hint);
        }
      }
      if (spot) {
        const control = document.getElementById(p.field);
        if (control) control.setAttribute("aria-invalid", "true");
      }
    }
    pdfs.classList.add("stale");
    status.textContent = (list.length === 1 ? "One thing to fix." : list.length + " things to fix.") +
      (pdfs.children.length ? " The preview shows the last settings that worked." : "");
  }

  async function problemsOf(resp) {
    if (resp.status === 503) {
      return [{ field: "", message: "The server is busy making other pieces.", hint: "try again in a moment" }];
    }
    try {
      const j = await resp.json();
      if (j.problems) return j.problems;
    } catch (e) { /* not JSON */ }
    return [{ field: "", message: "The server answered " + resp.status + ".", hint: "" }];
  }

  function post(url, body, signal) {
    return fetch(url, { method: "POST", body: body, signal: signal, headers: { Accept: "application/json" } });
  }

  function pdfBlob(b64) {
    const bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Blob([bytes], { type: "application/pdf" });
  }

  function showPreview(j) {
    pdfs.classList.remove("stale");
    for (const u of urls) URL.revokeObjectURL(u);
    urls = [];
    pdfs.textContent = "";
    const list = document.getElementById("checklist"), title = document.getElementById("checklist-title");
    list.textContent = ""; list.hidden = title.hidden = true;
    for (const f of j.files) {
      if (!f.pdf) {
        list.textContent += f.text; list.hidden = title.hidden = false;
        continue;
      }
      const u = URL.createObjectURL(pdfBlob(f.pdf));
      urls.push(u);
      const fig = document.createElement("figure");
      const frame = document.createElement("iframe");
      frame.src = u; frame.title = "Preview of " + f.name;
      const cap = document.createElement("figcaption");
      const a = document.createElement("a");
      a.href = u; a.download = f.name; a.textContent = f.name;
      cap.appendChild(a);
      fig.append(frame, cap);
      pdfs.appendChild(fig);
    }
    const notes = document.getElementById("notes");
    notes.textContent = "";
    for (const n of j.notes || []) {
      const li = document.createElement("li");
      li.textContent = n;
      notes.appendChild(li);
    }
    pdfs.dataset.files = j.files.map(f => f.name).join(" ");
    pdfs.dataset.seq = String(seq);
  }

  async function preview() {
    const mine = ++seq;
    if (aborter) aborter.abort();
    aborter = new AbortController();
    status.textContent = "Making the preview…";
    try {
      const resp = await post("/preview", formData(), aborter.signal);
      if (mine !== seq) return;
      if (resp.status === 503) { // busy: come back when the server says
        const wait = Math.min(30, Number(resp.headers.get("Retry-After")) || 2);
        status.textContent = "The server is busy; the preview will try again in " + wait + " s.";
        timer = setTimeout(preview, wait * 1000);
        return;
      }
      if (!resp.ok) { showProblems(await problemsOf(resp)); return; }
      const j = await resp.json();
      if (mine !== seq) return;
      clearProblems();
      showPreview(j);
      status.textContent = "Preview ready: " + j.files.filter(f => f.pdf).map(f => f.name).join(", ");
    } catch (e) {
      if (e.name !== "AbortError") status.textContent = "The preview failed: " + e.message;
    }
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(preview, 500);
  }

  function fileName(resp, fallback) {
    const m = /filename="([^"]+)"/.exec(resp.headers.get("Content-Disposition") || "");
    return m ? m[1] : fallback;
  }

  // The buttons: make it, then hand the file to the browser to save.
  form.addEventListener("submit", async function (e) {
    e.preventDefault();
    const url = e.submitter ? e.submitter.getAttribute("formaction") : "/pdf";
    status.textContent = "Making it…";
    const resp = await post(url, formData());
    if (!resp.ok) { showProblems(await problemsOf(resp)); return; }
    const blob = await resp.blob();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = fileName(resp, "lookout");
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
    status.textContent = "Downloaded " + a.download + ".";
  });

  function setValues(v) {
    for (const [name, value] of Object.entries(v)) {
      if (name === "lang") {
        for (const box of form.querySelectorAll("input[name=lang]")) box.checked = (value || []).includes(box.value);
        chosen = (value || []).slice();
        continue;
      }
      const el = form.elements[name];
      if (!el) continue;
      if (el.type === "checkbox") el.checked = !!value; else el.value = value == null ? "" : value;
    }
  }

  document.getElementById("open").addEventListener("change", async function () {
    if (!this.files.length) return;
    const body = new FormData();
    body.append("layout", layout.value);
    body.append("audience", form.elements.audience.value);
    body.append("base", this.files[0]);
    const resp = await post("/settings/open", body);
    if (!resp.ok) { showProblems(await problemsOf(resp)); return; }
    const j = await resp.json();
    form.elements.base.value = j.base;
    for (const t of form.querySelectorAll("[name^=notice_]")) t.value = "";
    setValues(j.values);
    filterByLayout(); showNotices();
    status.textContent = "Opened " + this.files[0].name + "." +
      (j.logo ? " It names the logo " + j.logo + ": choose that file under Logo." : "");
    later();
  });

  form.addEventListener("input", later);
  form.addEventListener("change", function (e) {
    if (e.target === layout) filterByLayout();
    if (e.target.name === "lang") {
      chosen = chosen.filter(l => l !== e.target.value);
      if (e.target.checked) chosen.push(e.target.value);
    }
    showNotices();
    later();
  });
  filterByLayout();
  showNotices();
  preview();
})();
