/* Search the archive as grep would: every report whose title or body contains the query;
 * with no query, the catalogue of every report. Results are sorted by hits, date or
 * place, paged (the page holds one page of them), counted per filter value among the
 * current results, shown once per work (copies of one report), and downloadable as CSV.
 *
 * Reads the static index that plugins/township_reports/site/search/ writes under
 * search/ (see that package for the file formats and why they answer exactly; the
 * catalogue's files are described in catalogue.py). This file mirrors its query
 * functions one for one: normaliseQuery, foldQuery, foldText, queryGrams, gramHash,
 * the ranking. Change one, change the other; the browser tests compare both on the
 * same queries.
 *
 * Never inserts HTML: report text goes into the page through textContent only.
 */
(function () {
  "use strict";

  var root = document.getElementById("search");
  if (!root) return;

  var PLACES = ["province", "prefecture", "county", "town"]; // largest first
  var FILTERS = PLACES.concat(["initiative", "year"]);
  var TITLE_WEIGHT = 5; // as TITLE_WEIGHT in query.py
  var EXCERPT_BEFORE = 30;
  var EXCERPT_LENGTH = 110;

  var indexBase = root.getAttribute("data-index") || "search/";
  var siteRoot = root.getAttribute("data-root") || "";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var sortSelect = document.getElementById("search-sort");
  var statusEl = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var pager = document.getElementById("search-pager");
  var pagerLabel = document.getElementById("search-page");
  var prevButton = document.getElementById("search-prev");
  var nextButton = document.getElementById("search-next");
  var downloadButton = document.getElementById("search-download");
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

  // Every index file but meta.json is stored gzip-compressed as <name>.gz (index_format.py's
  // stored_name) and inflated here. A host that sends .gz files with Content-Encoding: gzip
  // hands over the inflated bytes instead: they do not start with gzip's magic 1f 8b (JSON
  // starts with { or [, a shard with its header length, a multiple of 4), and are used as
  // they are.
  function fetchBytes(rel) {
    var url = indexBase + rel + ".gz" + (meta ? "?v=" + meta.version : "");
    return fetch(url, { credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) throw new Error("search index: " + url + " answered " + r.status);
        return r.arrayBuffer();
      })
      .then(function (buf) {
        var head = new Uint8Array(buf, 0, Math.min(2, buf.byteLength));
        if (head[0] !== 0x1f || head[1] !== 0x8b) return buf;
        var stream = new Blob([buf]).stream().pipeThrough(new DecompressionStream("gzip"));
        return new Response(stream).arrayBuffer();
      });
  }

  // One index file, read by parse (ArrayBuffer → value) once and cached.
  function fetchParsed(rel, parse) {
    if (!cache.has(rel)) {
      var promise = fetchBytes(rel).then(parse);
      promise.catch(function () {
        cache.delete(rel);
      });
      cache.set(rel, promise);
    }
    return cache.get(rel);
  }

  function fetchJSON(rel) {
    return fetchParsed(rel, function (buf) {
      return JSON.parse(new TextDecoder().decode(buf));
    });
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

  // Gram shards (index_format.py's pack_shard): uint32 header length, JSON header
  // [[gram, count, code, …], …], then the arrays in that order, little-endian, each
  // padded to 4 bytes (so their offsets are the sizes added up, as _shard_header does).
  var ARRAYS = { 1: Uint16Array, 2: Uint32Array, 3: Int16Array, 4: Int32Array, 5: Uint8Array };
  var ITEM_BYTES = { 1: 2, 2: 4, 3: 2, 4: 4, 5: 1 };

  function fetchShard(rel) {
    return fetchParsed(rel, function (buf) {
      var size = new DataView(buf).getUint32(0, true);
      var list = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, size)));
      var header = new Map(); // gram → [offset, count, code, …]
      var offset = 0;
      list.forEach(function (entry) {
        var described = [];
        for (var i = 1; i < entry.length; i += 2) {
          described.push(offset, entry[i], entry[i + 1]);
          offset += entry[i] * ITEM_BYTES[entry[i + 1]];
          offset += (4 - (offset % 4)) % 4;
        }
        header.set(entry[0], described);
      });
      return { header: header, buf: buf, base: 4 + size };
    });
  }

  // The arrays of one gram, or null when the shard does not hold it.
  function gramArrays(shard, gram) {
    var d = shard.header.get(gram);
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
      // [report gaps], [positions per report], [each report's first position and the
      // gaps after it (position_gaps), report after report]
      var lists = entries.map(function (a) {
        var m = new Map();
        var n = 0;
        var at = 0;
        for (var i = 0; i < a[0].length; i++) {
          n += a[0][i];
          var plist = new Int32Array(a[1][i]);
          var p = 0;
          for (var j = 0; j < plist.length; j++) {
            p += a[2][at + j];
            plist[j] = p;
          }
          m.set(n, plist);
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

  // ------------------------------------------------------------------ the catalogue

  // What a search needs to know of each result (catalogue.py): its place, initiatives
  // and years (indexes into facets/top.json), its work and, for a primary, its other
  // copies. Loaded file by file (cols/<k>.bin): all of them for the catalogue, only
  // those holding the results and their primaries for a query.
  var catalogue = null;

  function loadCatalogue() {
    if (catalogue) return catalogue;
    catalogue = Promise.all([fetchRanks(), fetchJSON("facets/top.json")]).then(function (got) {
      var c = { ranks: got[0], top: got[1], place: [], keys: [], ini: [], year: [], work: [] };
      c.live = [];
      c.copies = new Map(); // primary's number → every copy's number, itself first
      c.files = new Map(); // k → the promise of cols/<k>.bin read into c
      c.ids = {};
      ["initiative", "year"].forEach(function (kind) {
        c.ids[kind] = new Map(
          c.top[kind].map(function (o, i) {
            return [o[0], i];
          })
        );
      });
      return c;
    });
    catalogue.catch(function () {
      catalogue = null;
    });
    return catalogue;
  }

  function readColumns(c, k, shard) {
    var a = {};
    ["place", "work", "io", "iv", "yo", "yv", "co", "cv"].forEach(function (name) {
      a[name] = gramArrays(shard, name)[0];
    });
    for (var i = 0; i < a.place.length; i++) {
      var n = k * meta.cols + i;
      c.place[n] = a.place[i] || Infinity; // unplaced last
      c.keys[n] = placeKeys(a.place[i]);
      c.ini[n] = a.iv.subarray(a.io[i], a.io[i + 1]);
      c.year[n] = a.yv.subarray(a.yo[i], a.yo[i + 1]);
      c.work[n] = a.work[i];
      c.live[n] = c.ranks[n] < meta.docs; // a number an update left free holds nothing
      if (c.live[n] && a.work[i] === n) c.copies.set(n, [n].concat(Array.from(a.cv.subarray(a.co[i], a.co[i + 1]))));
    }
  }

  // Read the cols/ files that hold these report numbers (every file: numbers = null).
  function loadColumns(c, numbers) {
    var wanted = new Set();
    if (numbers === null) {
      for (var k = 0; k * meta.cols < meta.numbers; k++) wanted.add(k);
    } else {
      numbers.forEach(function (n) {
        wanted.add(Math.floor(n / meta.cols));
      });
    }
    return Promise.all(
      Array.from(wanted).map(function (k) {
        if (!c.files.has(k)) {
          var file = fetchShard("cols/" + k + ".bin").then(function (shard) {
            readColumns(c, k, shard);
          });
          file.catch(function () {
            c.files.delete(k);
          });
          c.files.set(k, file);
        }
        return c.files.get(k);
      })
    );
  }

  // The results' columns, then their primaries' (a work is shown by its primary).
  function loadColumnsFor(c, numbers) {
    return loadColumns(c, numbers).then(function () {
      var primaries = [];
      numbers.forEach(function (n) {
        if (c.work[n] !== n) primaries.push(c.work[n]);
      });
      return loadColumns(c, primaries);
    });
  }

  // A place number (catalogue.py's place_number) → its codes at each level, as the
  // filters name them (records.py's facet_values): 610926104 → 610000, 610900, 610926, 610926104.
  function placeKeys(number) {
    if (!number) return null;
    var s = String(number);
    return {
      province: s.slice(0, 2) + "0000",
      prefecture: s.slice(0, 4) + "00",
      county: s.slice(0, 6),
      town: s.slice(6) === "000" ? null : s,
    };
  }

  // The filter values report n has, for one kind of filter.
  function valuesOf(c, n, kind) {
    if (PLACES.indexOf(kind) >= 0) {
      var keys = c.keys[n];
      return keys && keys[kind] ? [keys[kind]] : [];
    }
    var out = [];
    var ids = kind === "initiative" ? c.ini[n] : c.year[n];
    for (var i = 0; i < ids.length; i++) out.push(c.top[kind][ids[i]][0]);
    return out;
  }

  function hasValue(c, n, kind, value) {
    if (PLACES.indexOf(kind) >= 0) {
      var keys = c.keys[n];
      return !!keys && keys[kind] === value;
    }
    var id = c.ids[kind].get(value);
    if (id === undefined) return false;
    var ids = kind === "initiative" ? c.ini[n] : c.year[n];
    return ids.indexOf(id) >= 0;
  }

  // The filters a count for `kind` leaves out: itself, and for a place the places
  // inside it (the county menu counts every county of the prefecture chosen).
  function ignoredFor(kind) {
    var level = PLACES.indexOf(kind);
    return level < 0 ? [kind] : PLACES.slice(level);
  }

  function passes(c, n, state, ignored) {
    for (var i = 0; i < FILTERS.length; i++) {
      var kind = FILTERS[i];
      if (state[kind] && ignored.indexOf(kind) < 0 && !hasValue(c, n, kind, state[kind])) return false;
    }
    return true;
  }

  // Every copy that matches the query (number → [hits, title hits]); every report when
  // there is no query (the catalogue).
  function candidates(c, terms) {
    if (!terms.length) {
      return loadColumns(c, null).then(function () {
        var all = new Map();
        c.live.forEach(function (live, n) {
          if (live) all.set(n, [0, 0]);
        });
        return all;
      });
    }
    return Promise.all(terms.map(termHits)).then(function (perTerm) {
      var out = new Map();
      perTerm[0].forEach(function (v, n) {
        var total = v[0];
        var title = v[1];
        for (var i = 1; i < perTerm.length; i++) {
          var w = perTerm[i].get(n);
          if (!w) return;
          total += w[0];
          title += w[1];
        }
        out.set(n, [total, title]);
      });
      return loadColumnsFor(c, Array.from(out.keys())).then(function () {
        return out;
      });
    });
  }

  function score(hit) {
    return hit[0] + TITLE_WEIGHT * hit[1];
  }

  // Works, not copies: a work matches when any of its copies does; it is shown by its
  // primary copy, with the best-matching copy's hits (and excerpt).
  function groupWorks(c, matched) {
    var works = new Map();
    matched.forEach(function (hit, n) {
      var w = c.work[n];
      var entry = works.get(w);
      if (!entry) {
        entry = { n: w, best: n, hit: hit, matched: [] };
        works.set(w, entry);
      } else if (score(hit) > score(entry.hit) || (score(hit) === score(entry.hit) && n === w)) {
        entry.best = n;
        entry.hit = hit;
      }
      entry.matched.push(n);
    });
    return Array.from(works.values());
  }

  // The orders a result list can take; hits only when there is a query.
  var SORTS = {
    hits: function (c) {
      return function (a, b) {
        return score(b.hit) - score(a.hit) || c.ranks[a.n] - c.ranks[b.n];
      };
    },
    new: function (c) {
      return function (a, b) {
        return c.ranks[a.n] - c.ranks[b.n];
      };
    },
    old: function (c) {
      var undated = c.ids.year.get("不详");
      var isUndated = function (n) {
        return c.year[n].indexOf(undated) >= 0 ? 1 : 0;
      };
      return function (a, b) {
        return isUndated(a.n) - isUndated(b.n) || c.ranks[b.n] - c.ranks[a.n];
      };
    },
    place: function (c) {
      // Division code order (catalogue.py's place_number), as the place pages list them.
      return function (a, b) {
        return c.place[a.n] - c.place[b.n] || c.ranks[a.n] - c.ranks[b.n];
      };
    },
  };

  function sortOf(state, terms) {
    var sort = state.sort;
    if (!own(SORTS, sort) || (sort === "hits" && !terms.length)) sort = terms.length ? "hits" : "new";
    return sort;
  }

  // For each filter, value → how many works of the current results have it, counting
  // the results as they would be with that filter changed (so a number next to a value
  // is how many results choosing it gives).
  function facetCounts(c, state, found) {
    var counts = {};
    FILTERS.forEach(function (kind) {
      var ignored = ignoredFor(kind);
      var works = new Map(); // value → Set of works
      found.forEach(function (hit, n) {
        if (!passes(c, n, state, ignored)) return;
        valuesOf(c, n, kind).forEach(function (v) {
          if (!works.has(v)) works.set(v, new Set());
          works.get(v).add(c.work[n]);
        });
      });
      counts[kind] = new Map();
      works.forEach(function (set, v) {
        counts[kind].set(v, set.size);
      });
    });
    return counts;
  }

  // The results of a state: {terms, sort, works (sorted), copies (matching copies), counts}.
  function search(state) {
    return Promise.all([loadFoldFor(state.q), loadCatalogue()]).then(function (both) {
      var c = both[1];
      var terms = normaliseQuery(state.q);
      return candidates(c, terms).then(function (found) {
        var matched = new Map();
        found.forEach(function (hit, n) {
          if (passes(c, n, state, [])) matched.set(n, hit);
        });
        var sort = sortOf(state, terms);
        var works = groupWorks(c, matched).sort(SORTS[sort](c));
        return {
          terms: terms,
          sort: sort,
          works: works,
          copies: matched,
          counts: facetCounts(c, state, found),
          catalogue: c,
        };
      });
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

  // ------------------------------------------------------------------ rows

  // A report's catalogue line (catalogue.py's ROW_FIELDS, named by meta.row).
  function fetchRow(n) {
    return fetchJSON("rows/" + Math.floor(n / meta.rows) + ".json").then(function (rows) {
      var values = rows[n % meta.rows] || [];
      var row = {};
      meta.row.forEach(function (name, i) {
        row[name] = values[i];
      });
      return row;
    });
  }

  function placeLabel(row) {
    return [row.province, row.prefecture, row.county, row.township].filter(Boolean).join(" › ");
  }

  // What a result's heading shows, from its text file (t/<n>.json) or its catalogue line.
  function headOfRow(row) {
    return { id: row.id, t: row.title, u: row.page_url, p: placeLabel(row), d: row.date_label, dv: row.title_devised };
  }

  function initiativesOf(c, n) {
    return Array.from(c.ini[n]).map(function (i) {
      return c.top.initiative[i][0];
    });
  }

  // ------------------------------------------------------------------ rendering

  var current = null; // {key, result}

  function setStatus(text) {
    statusEl.textContent = text;
  }

  function appendTitle(h, head, terms) {
    var a = document.createElement("a");
    a.href = siteRoot + head.u;
    if (head.dv) a.appendChild(document.createTextNode("〔"));
    appendMarked(a, head.t, titleSpans(head.t, terms));
    if (head.dv) a.appendChild(document.createTextNode("〕"));
    h.appendChild(a);
  }

  // "同一报道共 3 个版本，另见：…": links to the work's other copies; those containing the
  // query are marked.
  function copiesLine(copies, rows, result) {
    var p = document.createElement("p");
    p.className = "search-copies";
    p.appendChild(document.createTextNode("同一报道共 " + rows.length + " 个版本，另见："));
    rows.slice(1).forEach(function (row, i) {
      if (i) p.appendChild(document.createTextNode("；"));
      var a = document.createElement("a");
      a.href = siteRoot + row.page_url;
      a.textContent = (row.township || row.county || "未定位") + " · " + row.date_label;
      a.className = "search-copy";
      p.appendChild(a);
      if (result.terms.length && result.copies.has(copies[i + 1])) {
        p.appendChild(document.createTextNode("（含所查字词）"));
      }
    });
    return p;
  }

  // One result: the work's primary copy (its heading), its other copies, and either the
  // excerpts of the copy that matched best (a query) or the initiatives (the catalogue).
  function renderWork(li, work, head, rows, doc, result) {
    var terms = result.terms;
    if (doc) addPairs(doc.f); // the folding its own text needs (rarely any: ingest simplified it)
    li.textContent = "";
    var h = document.createElement("h2");
    h.className = "search-title";
    appendTitle(h, head, terms);
    li.appendChild(h);
    var m = document.createElement("p");
    m.className = "search-meta";
    var parts = [head.p || "未定位", head.d];
    if (terms.length) parts.push(work.hit[0] + " 处");
    m.textContent = parts.join(" · ");
    li.appendChild(m);
    var copies = result.catalogue.copies.get(work.n) || [work.n];
    if (rows.length > 1) li.appendChild(copiesLine(copies, rows, result));
    if (doc) {
      if (work.best !== work.n) {
        var note = document.createElement("p");
        note.className = "search-note";
        note.textContent = "原报道中没有所查字词，以下摘自含有它的转载版本：";
        li.appendChild(note);
      }
      excerpts(doc, terms).forEach(function (p) {
        li.appendChild(p);
      });
    } else {
      var names = initiativesOf(result.catalogue, work.n);
      if (names.length) {
        var ini = document.createElement("p");
        ini.className = "search-initiatives";
        ini.textContent =
          "举措：" + names.slice(0, 6).join("、") + (names.length > 6 ? " 等 " + names.length + " 项" : "");
        li.appendChild(ini);
      }
    }
    li.setAttribute("data-id", head.id);
    li.setAttribute("data-copies", String(copies.length));
    li.removeAttribute("aria-busy");
  }

  // What one result needs fetched: with a query, the best copy's text (its excerpts; the
  // heading too when that copy is the primary); the catalogue lines of the work's copies
  // when there are several, or when there is no query.
  function fetchWork(work, result) {
    var copies = result.catalogue.copies.get(work.n) || [work.n];
    var text = result.terms.length ? fetchJSON("t/" + work.best + ".json") : Promise.resolve(null);
    var needRows = copies.length > 1 || !result.terms.length || work.best !== work.n;
    var rows = needRows ? Promise.all(copies.map(fetchRow)) : Promise.resolve([]);
    return Promise.all([text, rows]).then(function (got) {
      var doc = got[0];
      var head = doc && work.best === work.n ? doc : headOfRow(got[1][0]);
      return { head: head, rows: got[1], doc: doc };
    });
  }

  function pageCount(result) {
    return Math.max(1, Math.ceil(result.works.length / meta.page));
  }

  // One page of results: the DOM holds at most meta.page of them.
  function showPage(result, page) {
    var mine = runId;
    list.textContent = "";
    var works = result.works.slice((page - 1) * meta.page, page * meta.page);
    var pages = pageCount(result);
    pager.hidden = pages <= 1;
    pagerLabel.textContent = "第 " + page + " / " + pages + " 页";
    prevButton.disabled = page <= 1;
    nextButton.disabled = page >= pages;
    list.setAttribute("start", String((page - 1) * meta.page + 1));
    return Promise.all(
      works.map(function (work) {
        var li = document.createElement("li");
        li.className = "search-result";
        li.setAttribute("aria-busy", "true");
        list.appendChild(li);
        return fetchWork(work, result).then(function (got) {
          if (mine !== runId) return;
          renderWork(li, work, got.head, got.rows, got.doc, result);
          // For bench/search_bench.py: when the first result became readable.
          if (!firstShown) {
            firstShown = true;
            performance.mark("search:first-result");
          }
        });
      })
    );
  }

  var SORT_LABELS = { hits: "按相关度", new: "按日期（新→旧）", old: "按日期（旧→新）", place: "按地区" };

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

  function statusText(state, result) {
    var n = result.works.length;
    var what = describe(state, result.terms);
    if (!n) return "没有找到" + (result.terms.length ? "包含" : "") + what + "的报道。";
    var copies = result.copies.size - n;
    var head = result.terms.length ? "找到 " + n + " 篇报道" : "共 " + n + " 篇报道";
    return (
      head +
      (what ? "（" + what + "）" : "") +
      "，" +
      SORT_LABELS[result.sort] +
      "排列" +
      (copies > 0 ? "；另有 " + copies + " 篇转载并入其原报道" : "") +
      "。"
    );
  }

  var firstShown = false;

  function resultKey(state) {
    return JSON.stringify([state.q, state.sort].concat(FILTERS.map((k) => state[k])));
  }

  function run(state) {
    var mine = ++runId;
    firstShown = false;
    root.setAttribute("data-state", "searching");
    var key = resultKey(state);
    var reuse = current && current.key === key;
    if (!reuse) {
      list.textContent = "";
      pager.hidden = true;
      downloadButton.hidden = true;
      setStatus(hasTerms(state.q) ? "正在搜索…" : "正在载入目录…");
    }
    var found = reuse ? Promise.resolve(current.result) : resolveParents(state).then(search);
    return found
      .then(function (result) {
        if (mine !== runId) return;
        current = { key: key, result: result };
        var page = Math.min(Math.max(1, state.page), pageCount(result));
        root.setAttribute("data-count", String(result.works.length));
        root.setAttribute("data-sort", result.sort);
        root.setAttribute("data-page", String(page));
        sortSelect.value = result.sort;
        sortSelect.querySelector('option[value="hits"]').disabled = !result.terms.length;
        downloadButton.hidden = !result.works.length;
        var filled = reuse ? null : syncFilters(state, result.counts);
        return Promise.all([showPage(result, page), filled]).then(function () {
          if (mine !== runId) return;
          setStatus(statusText(state, result));
          performance.mark("search:done");
          root.setAttribute("data-state", "done");
        });
      })
      .catch(function (err) {
        if (mine !== runId) return;
        root.setAttribute("data-state", "error");
        setStatus("搜索索引无法载入，请稍后再试，或从浏览页面查找。");
        console.error(err);
      });
  }

  // ------------------------------------------------------------------ download

  // One CSV cell (RFC 4180). A cell a spreadsheet would run as a formula (= + - @, tab,
  // carriage return first) is given a leading apostrophe: a report title is the source's text.
  function csvCell(value) {
    var s;
    if (value === null || value === undefined) s = "";
    else if (Array.isArray(value)) s = value.join("；");
    else if (typeof value === "boolean") s = value ? "true" : "false";
    else s = String(value);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    if (/[",\r\n]/.test(s)) s = '"' + s.replace(/"/g, '""') + '"';
    return s;
  }

  function csvText(result) {
    var base = new URL(siteRoot || "./", window.location.href);
    var c = result.catalogue;
    return Promise.all(
      result.works.map(function (work) {
        var copies = c.copies.get(work.n) || [work.n];
        return Promise.all(copies.map(fetchRow)).then(function (rows) {
          var row = Object.assign({}, rows[0]);
          row.initiatives = initiativesOf(c, work.n);
          row.page_url = new URL(row.page_url, base).href;
          row.copies = rows.length;
          row.other_copies = rows.slice(1).map((r) => r.id);
          return meta.csv.map((name) => csvCell(row[name])).join(",");
        });
      })
    ).then(function (lines) {
      return "\ufeff" + [meta.csv.join(",")].concat(lines).join("\r\n") + "\r\n";
    });
  }

  function download() {
    if (!current) return;
    var label = downloadButton.textContent;
    downloadButton.disabled = true;
    downloadButton.textContent = "正在准备…";
    csvText(current.result)
      .then(function (text) {
        var blob = new Blob([text], { type: "text/csv;charset=utf-8" });
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = "township-reports-results.csv";
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () {
          URL.revokeObjectURL(a.href);
        }, 60000);
      })
      .catch(function (err) {
        setStatus("下载失败，请稍后再试。");
        console.error(err);
      })
      .then(function () {
        downloadButton.disabled = false;
        downloadButton.textContent = label;
      });
  }

  // ------------------------------------------------------------------ filters and URL

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "", sort: params.get("sort") || "" };
    FILTERS.forEach(function (k) {
      state[k] = params.get(k) || "";
    });
    state.page = parseInt(params.get("page") || "1", 10) || 1;
    return state;
  }

  // The order the reader chose ("" until they choose one: hits with a query, else newest).
  var chosenSort = "";

  function formState() {
    var state = { q: input.value, sort: chosenSort, page: 1 };
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
    var defaultSort = hasTerms(state.q) ? "hits" : "new";
    if (state.sort && state.sort !== defaultSort) params.set("sort", state.sort);
    if (state.page > 1) params.set("page", String(state.page));
    var qs = params.toString();
    return window.location.pathname + (qs ? "?" + qs : "");
  }

  // options: [key, label] pairs; counts: key → works among the results (facetCounts).
  function fillSelect(kind, options, selected, counts) {
    var sel = selects[kind];
    if (!sel) return;
    while (sel.options.length > 1) sel.remove(1);
    var found = false;
    if (kind !== "year") {
      // Most results first (years keep their order: newest first).
      options = options.slice().sort(function (a, b) {
        return (counts.get(b[0]) || 0) - (counts.get(a[0]) || 0);
      });
    }
    options.forEach(function (o) {
      var n = counts.get(o[0]) || 0;
      if (!n && o[0] !== selected) return; // not among the current results
      var opt = document.createElement("option");
      opt.value = o[0];
      opt.textContent = o[1] + "（" + n + "）";
      opt.setAttribute("data-label", o[1]);
      opt.setAttribute("data-count", String(n));
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
      unknown.setAttribute("data-count", "0");
      unknown.selected = true;
      sel.appendChild(unknown);
    }
    sel.disabled = sel.options.length <= 1;
  }

  // A town, county or prefecture alone implies the places above it (their menus show it).
  function resolveParents(state) {
    var chain = Promise.resolve();
    PLACES.slice(1)
      .reverse()
      .forEach(function (kind, i, up) {
        var parent = PLACES[PLACES.length - 2 - i];
        chain = chain.then(function () {
          if (!state[kind] || state[parent]) return;
          return facetEntry(kind, state[kind]).then(function (e) {
            if (e && e.parent) state[parent] = e.parent;
          });
        });
      });
    return chain.then(function () {
      return state;
    });
  }

  // Fill the menus: the values among the current results, with their counts.
  function syncFilters(state, counts) {
    var top = current.result.catalogue.top;
    fillSelect("initiative", top.initiative, state.initiative, counts.initiative);
    fillSelect("year", top.year, state.year, counts.year);
    fillSelect("province", top.province, state.province, counts.province);
    return Promise.all(
      PLACES.slice(0, -1).map(function (parent) {
        return state[parent] ? facetEntry(parent, state[parent]) : null;
      })
    ).then(function (entries) {
      PLACES.slice(1).forEach(function (kind, i) {
        fillSelect(kind, entries[i] ? entries[i].children : [], state[kind], counts[kind]);
      });
    });
  }

  function go(state, push) {
    input.value = state.q;
    chosenSort = state.sort;
    var url = stateURL(state);
    if (push && url !== window.location.pathname + window.location.search) {
      window.history.pushState(null, "", url);
    }
    return run(state);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    go(formState(), true);
  });

  PLACES.forEach(function (kind, level) {
    if (!selects[kind]) return;
    selects[kind].addEventListener("change", function () {
      var state = formState();
      // A new province clears the places inside the old one, and so on down.
      PLACES.slice(level + 1).forEach(function (k) {
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
  sortSelect.addEventListener("change", function () {
    var state = formState();
    state.sort = sortSelect.value;
    go(state, true);
  });

  function turnPage(step) {
    var state = readState();
    state.page = parseInt(root.getAttribute("data-page") || "1", 10) + step;
    go(state, true).then(function () {
      list.scrollIntoView({ block: "start" });
    });
  }
  prevButton.addEventListener("click", function () {
    turnPage(-1);
  });
  nextButton.addEventListener("click", function () {
    turnPage(1);
  });
  downloadButton.addEventListener("click", download);
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
    csvCell: csvCell,
    csv: function () {
      return current ? csvText(current.result) : Promise.resolve("");
    },
  };

  if (typeof DecompressionStream === "undefined") {
    // The index is stored gzip-compressed; this browser cannot inflate it (Chromium 80,
    // Firefox 113 and Safari 16.4 can). Say so, rather than fail silently.
    root.setAttribute("data-state", "error");
    setStatus("此浏览器不支持解压搜索索引（需要 DecompressionStream），请更新浏览器，或从浏览页面查找。");
    return;
  }

  root.setAttribute("data-state", "loading");
  fetch(indexBase + "meta.json", { cache: "no-cache", credentials: "same-origin" })
    .then(function (r) {
      if (!r.ok) throw new Error("search index: meta.json answered " + r.status);
      return r.json();
    })
    .then(function (m) {
      meta = m;
      loadCatalogue().catch(function () {}); // wanted by every view: fetch it now
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
