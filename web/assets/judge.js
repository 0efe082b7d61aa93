// The judge's page: one event stream brings the judge's sheet; numbers are
// checked as typed, kept in this browser until the server acknowledges
// them, and sent again after a lost connection.
(function () {
  'use strict';
  var T = JSON.parse(document.getElementById('texts').textContent);
  var token = document.querySelector('meta[name=token]').content;
  var base = location.pathname.replace(/\/+$/, '');
  var storeKey = 'liangsaibi:' + base;
  var saved = load();
  var state = null;
  var cards = {};
  var offline = false;
  var sending = false;

  function fmt(s) {
    var args = Array.prototype.slice.call(arguments, 1);
    return s.replace(/%s/g, function () { return args.length ? String(args.shift()) : ''; });
  }
  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || { drafts: {}, queue: [] }; }
    catch (e) { return { drafts: {}, queue: [] }; }
  }
  function keep() {
    try { localStorage.setItem(storeKey, JSON.stringify(saved)); } catch (e) { /* private mode: memory only */ }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function banner(text, kind) {
    var b = document.getElementById('banner');
    if (!text) { b.hidden = true; return; }
    b.textContent = text;
    b.className = 'banner ' + kind;
    b.hidden = false;
  }

  // normal reads full-width digits and the Chinese full stop as typed by an input method.
  function normal(s) {
    return String(s || '').replace(/[０-９]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); })
      .replace(/[．。]/g, '.').trim();
  }
  // problem is why a number cannot be sent, or '' when it can.
  function problem(text, max) {
    var s = normal(text);
    if (s === '') return T.err_empty;
    if (!/^\d+(\.\d+)?$/.test(s)) return T.err_number;
    var dec = s.indexOf('.') < 0 ? 0 : s.length - s.indexOf('.') - 1;
    if (dec > state.decimals) return fmt(T.err_decimals, state.decimals);
    if (parseFloat(s) > parseFloat(max)) return fmt(T.err_range, max);
    return '';
  }

  function draftOf(id) {
    if (!saved.drafts[id]) saved.drafts[id] = { values: {}, recused: false };
    return saved.drafts[id];
  }
  function queued(id) {
    return saved.queue.some(function (q) { return q.street === id; });
  }

  // card builds a street's sheet once; update fills it from the state.
  function card(st) {
    var c = cards[st.id];
    if (c && c.items === st.items.map(function (i) { return i.id; }).join(',')) return c;
    var root = el('section', 'card');
    root.setAttribute('aria-labelledby', 'h-' + st.id);
    var h = el('h3'); h.id = 'h-' + st.id;
    var name = el('span', null, st.name); h.appendChild(name);
    var badge = el('span', 'badge', T.stage); h.appendChild(badge);
    root.appendChild(h);
    var stateLine = el('p', 'state'); stateLine.setAttribute('aria-live', 'polite');
    root.appendChild(stateLine);
    var rec = el('label', 'recuse');
    var recBox = el('input'); recBox.type = 'checkbox'; recBox.id = 'r-' + st.id;
    rec.appendChild(recBox); rec.appendChild(document.createTextNode(T.recuse));
    root.appendChild(rec);
    var inputs = {};
    st.items.forEach(function (it) {
      var box = el('div', 'item');
      var id = 'i-' + st.id + '-' + it.id;
      var label = el('label', null, fmt(T.score_label, it.name, it.max)); label.htmlFor = id;
      var input = el('input'); input.id = id; input.type = 'text';
      input.setAttribute('inputmode', 'decimal'); input.setAttribute('autocomplete', 'off');
      input.setAttribute('enterkeyhint', 'next');
      var err = el('div', 'err'); err.id = id + '-err'; err.setAttribute('aria-live', 'polite');
      input.setAttribute('aria-describedby', err.id);
      var others = el('div', 'others');
      input.addEventListener('input', function () {
        draftOf(st.id).values[it.id] = input.value; keep();
        check(st.id, it.id);
      });
      box.appendChild(label); box.appendChild(input); box.appendChild(err); box.appendChild(others);
      root.appendChild(box);
      inputs[it.id] = { input: input, err: err, others: others, max: it.max };
    });
    var btn = el('button', 'send', T.submit); btn.type = 'button';
    btn.addEventListener('click', function () { submit(st.id); });
    root.appendChild(btn);
    recBox.addEventListener('change', function () {
      draftOf(st.id).recused = recBox.checked; keep();
      update(cards[st.id], currentStreet(st.id));
    });
    c = { root: root, name: name, badge: badge, state: stateLine, recBox: recBox, inputs: inputs, btn: btn,
      items: st.items.map(function (i) { return i.id; }).join(','), error: '' };
    cards[st.id] = c;
    return c;
  }

  function currentStreet(id) {
    for (var i = 0; i < state.streets.length; i++) if (state.streets[i].id === id) return state.streets[i];
    return null;
  }

  function check(streetId, itemId) {
    var c = cards[streetId];
    var f = c.inputs[itemId];
    var bad = c.recBox.checked ? '' : (f.input.value === '' ? '' : problem(f.input.value, f.max));
    f.err.textContent = bad;
    f.input.setAttribute('aria-invalid', bad ? 'true' : 'false');
    return bad;
  }

  function update(c, st) {
    if (!st) return;
    c.name.textContent = st.name;
    c.badge.hidden = !st.stage;
    c.root.className = 'card' + (st.stage ? ' stage' : '');
    var d = saved.drafts[st.id];
    c.recBox.checked = d ? d.recused : st.recused;
    st.items.forEach(function (it) {
      var f = c.inputs[it.id];
      var typed = d && Object.prototype.hasOwnProperty.call(d.values, it.id);
      if (document.activeElement !== f.input) {
        f.input.value = typed ? d.values[it.id] : it.value;
      }
      f.input.disabled = c.recBox.checked || !st.open;
      f.others.textContent = it.others ? fmt(T.others, it.others.join(' · ')) : '';
      check(st.id, it.id);
    });
    c.recBox.disabled = !st.open;
    c.btn.disabled = !st.open || sending && queued(st.id);
    c.btn.textContent = st.at ? T.resubmit : T.submit;
    var line = '', kind = '';
    if (c.error) { line = c.error; kind = 'bad'; }
    else if (queued(st.id)) { line = offline ? T.queued : T.sending; kind = 'warn'; }
    else if (!st.open) { line = T.closed + (st.at ? ' · ' + fmt(T.submitted, st.at) : ''); kind = 'warn'; }
    else if (st.returned) { line = fmt(T.returned, st.returned); kind = 'bad'; }
    else if (st.at) { line = fmt(T.submitted, st.at); kind = 'ok'; }
    c.state.textContent = line;
    c.state.className = 'state ' + kind;
  }

  function render() {
    var stage = document.getElementById('stage');
    var open = document.getElementById('open');
    var closed = document.getElementById('closed');
    document.getElementById('title').textContent = state.title;
    document.getElementById('loading').hidden = true;
    document.getElementById('main').setAttribute('aria-busy', 'false');
    var nOpen = 0;
    closed.textContent = '';
    var seen = {};
    state.streets.forEach(function (st) {
      seen[st.id] = true;
      if (!st.open && !queued(st.id)) {
        var li = el('li', null, st.name + ' · ' + (st.at ? fmt(T.submitted, st.at) : T.closed));
        closed.appendChild(li);
        if (cards[st.id] && cards[st.id].root.parentNode) cards[st.id].root.parentNode.removeChild(cards[st.id].root);
        return;
      }
      nOpen++;
      var c = card(st);
      var where = st.stage ? stage : open;
      if (c.root.parentNode !== where) where.appendChild(c.root);
      update(c, st);
    });
    Object.keys(cards).forEach(function (id) {
      if (!seen[id] && cards[id].root.parentNode) cards[id].root.parentNode.removeChild(cards[id].root);
    });
    document.getElementById('open-head').hidden = open.children.length === 0 || stage.children.length === 0;
    document.getElementById('none-open').hidden = nOpen > 0;
    document.getElementById('closed-box').hidden = closed.children.length === 0;
    var rk = document.getElementById('ranking');
    if (state.ranking && state.ranking.length) {
      var ol = document.getElementById('ranking-list'); ol.textContent = '';
      state.ranking.forEach(function (r) {
        ol.appendChild(el('li', null, (r.rank ? r.rank + '. ' : '') + r.name + ' ' + (r.total || r.pending || '')));
      });
      rk.hidden = false;
    } else rk.hidden = true;
  }

  function submit(id) {
    var c = cards[id];
    var st = currentStreet(id);
    if (!c || !st) return;
    c.error = '';
    var values = {}, bad = false;
    st.items.forEach(function (it) {
      var f = c.inputs[it.id];
      values[it.id] = normal(f.input.value);
      if (!c.recBox.checked && problem(f.input.value, f.max)) {
        f.err.textContent = problem(f.input.value, f.max);
        f.input.setAttribute('aria-invalid', 'true');
        if (!bad) f.input.focus();
        bad = true;
      }
    });
    if (bad) { c.error = T.fix_first; update(c, st); return; }
    saved.queue = saved.queue.filter(function (q) { return q.street !== id; });
    saved.queue.push({ street: id, recused: c.recBox.checked, values: c.recBox.checked ? {} : values });
    keep();
    update(c, st);
    flush();
  }

  // flush sends the queue in order; a failure of the network keeps it for
  // the next try, a refusal is shown and not tried again.
  function flush() {
    if (sending || !saved.queue.length) return;
    sending = true;
    var q = saved.queue[0];
    fetch(base + '/submit', {
      method: 'POST', credentials: 'same-origin', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'X-Token': token },
      body: JSON.stringify(q)
    }).then(function (res) {
      return res.json().then(function (a) { return { status: res.status, a: a }; }, function () { return { status: res.status, a: {} }; });
    }).then(function (r) {
      sending = false;
      var c = cards[q.street];
      if (r.a.ok) {
        saved.queue.shift();
        delete saved.drafts[q.street];
        keep();
        if (c) c.error = '';
      } else if (r.a.final) {
        saved.queue.shift();
        keep();
        if (c) {
          c.error = r.a.error || T.fix_first;
          if (r.a.item && c.inputs[r.a.item]) {
            c.inputs[r.a.item].err.textContent = r.a.error;
            c.inputs[r.a.item].input.setAttribute('aria-invalid', 'true');
          }
        }
      } else {
        retryLater();
      }
      if (state) render();
      if (r.a.ok || r.a.final) flush();
    }, function () {
      sending = false;
      offlineNow();
      retryLater();
    });
  }
  var retry = null;
  function retryLater() {
    if (retry) return;
    retry = setTimeout(function () { retry = null; flush(); }, 2000);
  }

  function offlineNow() {
    if (!offline) { offline = true; banner(T.offline, 'bad'); if (state) render(); }
  }
  function onlineNow() {
    if (offline) {
      offline = false;
      banner(T.online, 'good');
      setTimeout(function () { if (!offline) banner(''); }, 3000);
    }
    flush();
  }

  var es = null;
  function connect() {
    es = new EventSource(base + '/events');
    es.onopen = onlineNow;
    es.onmessage = function (ev) {
      state = JSON.parse(ev.data);
      onlineNow();
      render();
    };
    es.addEventListener('gone', function () {
      es.close();
      saved = { drafts: {}, queue: [] }; keep();
      document.getElementById('main').textContent = '';
      document.getElementById('main').appendChild(el('p', 'notice', T.revoked));
      banner('');
    });
    es.onerror = function () {
      offlineNow();
      if (es.readyState === EventSource.CLOSED) { setTimeout(connect, 2000); }
    };
  }
  window.addEventListener('online', flush);
  setInterval(function () { if (saved.queue.length) flush(); }, 5000);
  connect();
})();
