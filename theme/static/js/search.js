/* Search the archive as grep would: every report whose title or body contains the query.
 *
 * Reads the static index that plugins/township_reports/search.py writes under
 * search/ (see that module for the file formats and why they answer exactly).
 * This file mirrors its query functions one for one: normaliseQuery, foldQuery,
 * foldText, queryGrams, gramHash, the ranking. Change one, change the other; the
 * browser tests compare both on the same queries.
 *
 * Never inserts HTML: report text goes into the page through textContent only.
 */
(function () {
  "use strict";

  var root = document.getElementById("search");
  if (!root) return;

  var FILTERS = ["province", "county", "town", "initiative", "year"];
  var TITLE_WEIGHT = 5; // as TITLE_WEIGHT in search.py
  var EXCERPT_BEFORE = 30;
  var EXCERPT_LENGTH = 110;

  var indexBase = root.getAttribute("data-index") || "search/";
  var siteRoot = root.getAttribute("data-root") || "";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var statusEl = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var moreButton = document.getElementById("search-more");
  var selects = {};
  FILTERS.forEach(function (kind) {
    selects[kind] = document.getElementById("search-" + kind);
  });

  // The value under key in an object parsed from the index, or undefined. Keys come from
  // the URL and the query: a plain obj[key] would find "__proto__" or "constructor" on
  // every object (its prototype's), and the search would break on them.
  function own(obj, key) {
    return obj && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  }

  // ------------------------------------------------------------------ fetching

  var meta = null;
  var cache = new Map();
  var runId = 0;

  function fetchJSON(rel) {
    if (!cache.has(rel)) {
      var url = indexBase + rel + (meta ? "?v=" + meta.version : "");
      var promise = fetch(url, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) throw new Error("search index: " + url + " answered " + r.status);
        return r.json();
      });
      promise.catch(function () {
        cache.delete(rel);
      });
      cache.set(rel, promise);
    }
    return cache.get(rel);
  }

  // ------------------------------------------------------------------ folding

  // Loaded piecemeal from search/fold/<k>.json: only the parts a query's characters need.
  var queryMap = new Map(); // traditional → simplified, every character OpenCC changes
  var textMap = new Map(); // the same, limited to pairs of equal UTF-16 length
  var phrases = new Map(); // OpenCC phrases that character folding would get wrong
  var longestPhrase = 0;
  var foldLoaded = new Set();
  var whitespace = null;

  function addPairs(chars) {
    var cps = Array.from(chars || "");
    for (var i = 0; i + 1 < cps.length; i += 2) {
      queryMap.set(cps[i], cps[i + 1]);
      if (cps[i].length === cps[i + 1].length) textMap.set(cps[i], cps[i + 1]);
    }
  }

  function addFold(part) {
    addPairs(part.c);
    part.p.forEach(function (pair) {
      phrases.set(pair[0], pair[1]);
      longestPhrase = Math.max(longestPhrase, Array.from(pair[0]).length);
    });
  }

  // Load the folding tables for every character of s.
  function loadFoldFor(s) {
    var wanted = new Set();
    for (var c of s) wanted.add(c.codePointAt(0) % meta.fold);
    return Promise.all(
      Array.from(wanted).map(function (k) {
        return fetchJSON("fold/" + k + ".json").then(function (part) {
          if (!foldLoaded.has(k)) {
            foldLoaded.add(k);
            addFold(part);
          }
        });
      })
    );
  }

  function setWhitespace(chars) {
    var cls = Array.from(chars)
      .map(function (c) {
        return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
      })
      .join("");
    whitespace = new RegExp("[" + cls + "]+");
  }

  function widthAndCase(c) {
    var o = c.codePointAt(0);
    if (o >= 0xff01 && o <= 0xff5e) o -= 0xfee0;
    else if (o === 0x3000) return " ";
    if (o >= 0x41 && o <= 0x5a) o += 0x20;
    return String.fromCodePoint(o);
  }

  // Same length as the input in UTF-16 code units, so positions line up.
  function foldText(s) {
    var out = "";
    for (var c of s) {
      var w = widthAndCase(c);
      var t = textMap.get(w);
      out += t === undefined ? w : t;
    }
    return out;
  }

  function foldQuery(s) {
    var cps = Array.from(s);
    var parts = [];
    var i = 0;
    while (i < cps.length) {
      var matched = false;
      for (var n = Math.min(longestPhrase, cps.length - i); n > 1; n--) {
        var target = phrases.get(cps.slice(i, i + n).join(""));
        if (target !== undefined) {
          parts.push(target);
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) {
        parts.push(cps[i]);
        i += 1;
      }
    }
    var out = "";
    for (var c of parts.join("")) {
      var w = widthAndCase(c);
      var t = queryMap.get(w);
      out += t === undefined ? w : t;
    }
    return out;
  }

  function hasTerms(q) {
    return q.split(whitespace).some(Boolean);
  }

  function normaliseQuery(q) {
    var terms = [];
    q.split(whitespace).forEach(function (raw) {
      if (!raw) return;
      foldQuery(raw)
        .split(whitespace)
        .forEach(function (part) {
          if (part && terms.indexOf(part) < 0) terms.push(part);
        });
    });
    return terms;
  }

  // ------------------------------------------------------------------ grams

  function queryGrams(term) {
    var cps = Array.from(term);
    var n = cps.length;
    if (n === 0) return [];
    if (n <= 2) return [[0, term]];
    var offsets = [];
    for (var k = 0; k < n - 1; k += 2) offsets.push(k);
    if (offsets[offsets.length - 1] !== n - 2) offsets.push(n - 2);
    return offsets.map(function (k) {
      return [k, cps[k] + cps[k + 1]];
    });
  }

  function gramHash(gram) {
    var h = 0x811c9dc5;
    for (var c of gram) h = Math.imul(h ^ c.codePointAt(0), 0x01000193) >>> 0;
    return h;
  }

  // ------------------------------------------------------------------ matching

  // Gram shards (search.py's pack_shard): uint32 header length, JSON header
  // {gram: [offset, count, code, …]}, then 4-byte aligned little-endian arrays.
  var ARRAYS = { 1: Uint16Array, 2: Uint32Array, 3: Int16Array, 4: Int32Array, 5: Uint8Array };

  function fetchShard(rel) {
    if (!cache.has(rel)) {
      var url = indexBase + rel + "?v=" + meta.version;
      var promise = fetch(url, { credentials: "same-origin" })
        .then(function (r) {
          if (!r.ok) throw new Error("search index: " + url + " answered " + r.status);
          return r.arrayBuffer();
        })
        .then(function (buf) {
          var size = new DataView(buf).getUint32(0, true);
          var header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, size)));
          return { header: header, buf: buf, base: 4 + size };
        });
      promise.catch(function () {
        cache.delete(rel);
      });
      cache.set(rel, promise);
    }
    return cache.get(rel);
  }

  // The arrays of one gram, or null when the shard does not hold it.
  function gramArrays(shard, gram) {
    var d = own(shard.header, gram);
    if (!d) return null;
    var out = [];
    for (var i = 0; i < d.length; i += 3) {
      out.push(new ARRAYS[d[i + 2]](shard.buf, shard.base + d[i], d[i + 1]));
    }
    return out;
  }

  // report number → [hits, title hits] for one folded term.
  function termHits(term) {
    var grams = queryGrams(term);
    if (grams.length === 1) {
      var gram = grams[0][1];
      return fetchShard("g/" + (gramHash(gram) % meta.g) + ".bin").then(function (shard) {
        // [report gaps], [counts], [report gap, count in the title, …]
        var out = new Map();
        var a = gramArrays(shard, gram);
        if (!a) return out;
        var titles = new Map();
        var n = 0;
        var i;
        for (i = 0; i < a[2].length; i += 2) {
          n += a[2][i];
          titles.set(n, a[2][i + 1]);
        }
        n = 0;
        for (i = 0; i < a[0].length; i++) {
          n += a[0][i];
          out.set(n, [a[1][i], titles.get(n) || 0]);
        }
        return out;
      });
    }
    return Promise.all(
      grams.map(function (g) {
        return fetchShard("p/" + (gramHash(g[1]) % meta.p) + ".bin").then(function (shard) {
          return gramArrays(shard, g[1]);
        });
      })
    ).then(function (entries) {
      var out = new Map();
      if (entries.some((a) => a === null)) return out;
      // [report gaps], [positions per report], [positions, report after report]
      var lists = entries.map(function (a) {
        var m = new Map();
        var n = 0;
        var at = 0;
        for (var i = 0; i < a[0].length; i++) {
          n += a[0][i];
          m.set(n, a[2].subarray(at, at + a[1][i]));
          at += a[1][i];
        }
        return m;
      });
      lists[0].forEach(function (first, n) {
        var others = [];
        for (var j = 1; j < lists.length; j++) {
          var plist = lists[j].get(n);
          if (!plist) return;
          others.push([grams[j][0], new Set(plist)]);
        }
        var hits = 0;
        var inTitle = 0;
        first.forEach(function (p) {
          for (var k = 0; k < others.length; k++) {
            if (!others[k][1].has(p + others[k][0])) return;
          }
          hits += 1;
          if (p < 0) inTitle += 1;
        });
        if (hits) out.set(n, [hits, inTitle]);
      });
      return out;
    });
  }

  // Report number → place in date order (0 = newest): the ranking's tie-break.
  function fetchRanks() {
    return fetchShard("rank.bin").then(function (shard) {
      return gramArrays(shard, "rank")[0];
    });
  }

  function facetEntry(kind, key) {
    var buckets = own(meta.facets, kind) || 1;
    return fetchJSON("facets/" + kind + "/" + (gramHash(key) % buckets) + ".json").then(function (file) {
      return own(file, key) || null;
    });
  }

  function docsOf(entry) {
    var docs = new Set();
    if (!entry) return docs;
    var n = 0;
    entry.docs.forEach(function (d) {
      n += d;
      docs.add(n);
    });
    return docs;
  }

  // Ranked [number, hits, titleHits] for the state's query and filters.
  function search(state) {
    return loadFoldFor(state.q).then(function () {
      return searchFolded(state);
    });
  }

  function searchFolded(state) {
    var terms = normaliseQuery(state.q);
    var active = FILTERS.filter(function (k) {
      return state[k];
    });
    if (!terms.length && !active.length) return Promise.resolve({ terms: terms, hits: [] });
    return Promise.all([
      Promise.all(terms.map(termHits)),
      Promise.all(
        active.map(function (kind) {
          return facetEntry(kind, state[kind]).then(docsOf);
        })
      ),
      fetchRanks(),
    ]).then(function (both) {
      var ranks = both[2];
      var perTerm = both[0];
      var allowed = null;
      both[1].forEach(function (docs) {
        allowed = allowed === null ? docs : new Set(Array.from(allowed).filter((n) => docs.has(n)));
      });
      var hits = [];
      if (perTerm.length) {
        perTerm[0].forEach(function (v, n) {
          if (allowed !== null && !allowed.has(n)) return;
          var total = v[0];
          var title = v[1];
          for (var i = 1; i < perTerm.length; i++) {
            var w = perTerm[i].get(n);
            if (!w) return;
            total += w[0];
            title += w[1];
          }
          hits.push([n, total, title]);
        });
      } else {
        allowed.forEach(function (n) {
          hits.push([n, 0, 0]);
        });
      }
      hits.sort(function (a, b) {
        var sa = a[1] + TITLE_WEIGHT * a[2];
        var sb = b[1] + TITLE_WEIGHT * b[2];
        return sb - sa || ranks[a[0]] - ranks[b[0]];
      });
      return { terms: terms, hits: hits };
    });
  }

  // ------------------------------------------------------------------ excerpts

  function occurrences(folded, term, from, to) {
    var out = [];
    var i = folded.indexOf(term, from);
    while (i >= 0 && i < to) {
      out.push([i, i + term.length]);
      i = folded.indexOf(term, i + 1);
    }
    return out;
  }

  function merge(spans) {
    spans.sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1];
    });
    var out = [];
    spans.forEach(function (s) {
      var last = out[out.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else out.push([s[0], s[1]]);
    });
    return out;
  }

  // Append text to el, with the spans (relative to text) wrapped in <mark>.
  function appendMarked(el, text, spans) {
    var at = 0;
    spans.forEach(function (s) {
      if (s[0] > at) el.appendChild(document.createTextNode(text.slice(at, s[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s[0], s[1]);
      el.appendChild(mark);
      at = s[1];
    });
    if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
  }

  // Up to two windows of the body around matches, kept inside one paragraph each.
  function excerpts(doc, terms) {
    var body = doc.b;
    var folded = foldText(body);
    var spans = [];
    var firsts = [];
    terms.forEach(function (t) {
      var occ = occurrences(folded, t, 0, folded.length);
      if (occ.length) firsts.push(occ[0]);
      spans = spans.concat(occ);
    });
    spans = merge(spans);
    // Each term's first occurrence comes first (so each term shows), then the rest.
    firsts.sort(function (a, b) {
      return a[0] - b[0];
    });
    var starts = firsts.concat(spans).map(function (s) {
      return s[0];
    });
    var windows = [];
    for (var i = 0; i < starts.length && windows.length < 2; i++) {
      var s = starts[i];
      if (
        windows.some(function (w) {
          return s >= w[0] && s < w[1];
        })
      )
        continue;
      var paraStart = body.lastIndexOf("\n", s - 1) + 1;
      var paraEnd = body.indexOf("\n", s);
      if (paraEnd < 0) paraEnd = body.length;
      var start = Math.max(paraStart, s - EXCERPT_BEFORE);
      var end = Math.min(paraEnd, start + EXCERPT_LENGTH);
      windows.push([start, end, paraStart, paraEnd]);
    }
    if (!windows.length) {
      var end0 = body.indexOf("\n");
      if (end0 < 0) end0 = body.length;
      windows.push([0, Math.min(end0, EXCERPT_LENGTH), 0, end0]);
    }
    windows.sort(function (a, b) {
      return a[0] - b[0];
    });
    return windows.map(function (w) {
      var p = document.createElement("p");
      p.className = "search-excerpt";
      if (w[0] > w[2]) p.appendChild(document.createTextNode("…"));
      var inside = spans
        .filter(function (s) {
          return s[1] > w[0] && s[0] < w[1];
        })
        .map(function (s) {
          return [Math.max(s[0], w[0]) - w[0], Math.min(s[1], w[1]) - w[0]];
        });
      appendMarked(p, body.slice(w[0], w[1]), inside);
      if (w[1] < w[3]) p.appendChild(document.createTextNode("…"));
      return p;
    });
  }

  function titleSpans(title, terms) {
    var folded = foldText(title);
    var spans = [];
    terms.forEach(function (t) {
      spans = spans.concat(occurrences(folded, t, 0, folded.length));
    });
    return merge(spans);
  }

  // ------------------------------------------------------------------ rendering

  var current = null; // {state, terms, hits, shown}

  function setStatus(text) {
    statusEl.textContent = text;
  }

  function renderDoc(li, doc, terms, hit) {
    addPairs(doc.f); // the folding its own text needs (rarely any: ingest simplified it)
    li.textContent = "";
    var h = document.createElement("h2");
    h.className = "search-title";
    var a = document.createElement("a");
    a.href = siteRoot + doc.u;
    if (doc.dv) a.appendChild(document.createTextNode("〔"));
    appendMarked(a, doc.t, titleSpans(doc.t, terms));
    if (doc.dv) a.appendChild(document.createTextNode("〕"));
    h.appendChild(a);
    li.appendChild(h);
    var m = document.createElement("p");
    m.className = "search-meta";
    var parts = [doc.p || "未定位", doc.d];
    if (terms.length) parts.push(hit[1] + " 处");
    m.textContent = parts.join(" · ");
    li.appendChild(m);
    excerpts(doc, terms).forEach(function (p) {
      li.appendChild(p);
    });
    li.setAttribute("data-id", doc.id);
    li.removeAttribute("aria-busy");
  }

  function showMore() {
    var mine = runId;
    var page = current.hits.slice(current.shown, current.shown + meta.page);
    current.shown += page.length;
    moreButton.hidden = current.shown >= current.hits.length;
    return Promise.all(
      page.map(function (hit) {
        var li = document.createElement("li");
        li.className = "search-result";
        li.setAttribute("aria-busy", "true");
        list.appendChild(li);
        return fetchJSON("t/" + hit[0] + ".json").then(function (doc) {
          if (mine !== runId) return;
          renderDoc(li, doc, current.terms, hit);
          // For bench/search_bench.py: when the first result became readable.
          if (!firstShown) {
            firstShown = true;
            performance.mark("search:first-result");
          }
        });
      })
    );
  }

  function describe(state, terms) {
    var bits = [];
    if (terms.length) bits.push("“" + terms.join("”和“") + "”");
    FILTERS.forEach(function (kind) {
      var sel = selects[kind];
      if (state[kind] && sel && sel.selectedIndex > 0) {
        bits.push(sel.options[sel.selectedIndex].getAttribute("data-label"));
      }
    });
    return bits.join("，");
  }

  var firstShown = false;

  // synced: the filter menus being filled (in parallel; the status line names them).
  function run(state, synced) {
    var mine = ++runId;
    firstShown = false;
    list.textContent = "";
    moreButton.hidden = true;
    root.setAttribute("data-state", "searching");
    var work;
    if (!hasTerms(state.q) && !FILTERS.some((k) => state[k])) {
      current = null;
      setStatus("输入要查找的字词（繁体、简体均可；空格分开的几个词须同时出现）。");
      work = synced.then(function () {
        if (mine === runId) root.setAttribute("data-state", "idle");
      });
    } else {
      setStatus("正在搜索…");
      work = search(state).then(function (result) {
        if (mine !== runId) return;
        current = { state: state, terms: result.terms, hits: result.hits, shown: 0 };
        root.setAttribute("data-count", String(result.hits.length));
        var status = synced.then(function () {
          if (mine !== runId) return;
          var what = describe(state, result.terms);
          setStatus(
            result.hits.length
              ? "找到 " + result.hits.length + " 篇报道" + (what ? "（" + what + "）" : "") + "。"
              : "没有找到包含" + what + "的报道。"
          );
        });
        return Promise.all([showMore(), status]).then(function () {
          if (mine !== runId) return;
          performance.mark("search:done");
          root.setAttribute("data-state", "done");
        });
      });
    }
    return work.catch(function (err) {
      if (mine !== runId) return;
      root.setAttribute("data-state", "error");
      setStatus("搜索索引无法载入，请稍后再试，或从浏览页面查找。");
      console.error(err);
    });
  }

  // ------------------------------------------------------------------ filters and URL

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "" };
    FILTERS.forEach(function (k) {
      state[k] = params.get(k) || "";
    });
    return state;
  }

  function formState() {
    var state = { q: input.value };
    FILTERS.forEach(function (k) {
      state[k] = selects[k] ? selects[k].value : "";
    });
    return state;
  }

  function stateURL(state) {
    var params = new URLSearchParams();
    if (state.q.trim()) params.set("q", state.q.trim());
    FILTERS.forEach(function (k) {
      if (state[k]) params.set(k, state[k]);
    });
    var qs = params.toString();
    return window.location.pathname + (qs ? "?" + qs : "");
  }

  function fillSelect(kind, options, selected) {
    var sel = selects[kind];
    if (!sel) return;
    while (sel.options.length > 1) sel.remove(1);
    var found = false;
    options.forEach(function (o) {
      var opt = document.createElement("option");
      opt.value = o[0];
      opt.textContent = o[1] + "（" + o[2] + "）";
      opt.setAttribute("data-label", o[1]);
      if (o[0] === selected) {
        opt.selected = true;
        found = true;
      }
      sel.appendChild(opt);
    });
    if (selected && !found) {
      // A value from a shared link that this index does not know: keep it visible.
      var unknown = document.createElement("option");
      unknown.value = selected;
      unknown.textContent = selected + "（0）";
      unknown.setAttribute("data-label", selected);
      unknown.selected = true;
      sel.appendChild(unknown);
    }
    sel.disabled = sel.options.length <= 1;
  }

  // Fill the selects for a state; a town or county alone implies its parents.
  function syncFilters(state) {
    return fetchJSON("facets/top.json").then(function (top) {
      fillSelect("initiative", top.initiative, state.initiative);
      fillSelect("year", top.year, state.year);
      var chain = Promise.resolve();
      if (state.town && !state.county) {
        chain = facetEntry("town", state.town).then(function (e) {
          if (e && e.parent) state.county = e.parent;
        });
      }
      return chain
        .then(function () {
          if (state.county && !state.province) {
            return facetEntry("county", state.county).then(function (e) {
              if (e && e.parent) state.province = e.parent;
            });
          }
        })
        .then(function () {
          fillSelect("province", top.province, state.province);
          return state.province ? facetEntry("province", state.province) : null;
        })
        .then(function (prov) {
          fillSelect("county", prov ? prov.children : [], state.county);
          return state.county ? facetEntry("county", state.county) : null;
        })
        .then(function (county) {
          fillSelect("town", county ? county.children : [], state.town);
        });
    });
  }

  function go(state, push) {
    input.value = state.q;
    var url = stateURL(state);
    if (push && url !== window.location.pathname + window.location.search) {
      window.history.pushState(null, "", url);
    }
    return run(state, syncFilters(Object.assign({}, state)));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    go(formState(), true);
  });

  ["province", "county", "town"].forEach(function (kind, level, levels) {
    if (!selects[kind]) return;
    selects[kind].addEventListener("change", function () {
      var state = formState();
      // A new province clears its county and town; a new county clears its town.
      levels.slice(level + 1).forEach(function (k) {
        state[k] = "";
      });
      go(state, true);
    });
  });
  ["initiative", "year"].forEach(function (kind) {
    if (!selects[kind]) return;
    selects[kind].addEventListener("change", function () {
      go(formState(), true);
    });
  });
  moreButton.addEventListener("click", function () {
    if (current) showMore();
  });
  window.addEventListener("popstate", function () {
    go(readState(), false);
  });

  // Expose the pure functions for the browser tests (they compare them with Python's).
  window.townshipSearch = {
    normaliseQuery: function (q) {
      return loadFoldFor(q).then(function () {
        return normaliseQuery(q);
      });
    },
    foldText: function (s) {
      return loadFoldFor(s).then(function () {
        return foldText(s);
      });
    },
    gramHash: gramHash,
    queryGrams: queryGrams,
    search: function (state) {
      return search(Object.assign({ q: "" }, state)).then(function (r) {
        return r.hits;
      });
    },
  };

  root.setAttribute("data-state", "loading");
  fetch(indexBase + "meta.json", { cache: "no-cache", credentials: "same-origin" })
    .then(function (r) {
      if (!r.ok) throw new Error("search index: meta.json answered " + r.status);
      return r.json();
    })
    .then(function (m) {
      meta = m;
      fetchRanks().catch(function () {}); // wanted by every search: fetch it now
      setWhitespace(m.whitespace);
      form.removeAttribute("data-disabled");
      return go(readState(), false);
    })
    .catch(function (err) {
      root.setAttribute("data-state", "error");
      setStatus("搜索索引无法载入，请从浏览页面查找。");
      console.error(err);
    });
})();
