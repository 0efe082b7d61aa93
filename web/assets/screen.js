// The big screen: the ranking as the console drives it (hold, reveal from
// last place up, pages), live from one event stream, with a banner while
// the scoring computer cannot be reached.
(function () {
  'use strict';
  var T = JSON.parse(document.getElementById('texts').textContent);
  var data = null;
  var tick = 0;
  var board = document.getElementById('board');

  function fmt(s) {
    var args = Array.prototype.slice.call(arguments, 1);
    return s.replace(/%s/g, function () { return args.length ? String(args.shift()) : ''; });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function banner(text) {
    var b = document.getElementById('banner');
    b.hidden = !text;
    b.textContent = text || '';
    b.className = 'banner bad';
  }
  function perPage() {
    return Math.max(3, Math.floor((window.innerHeight * 0.72) / (window.innerHeight * 0.062)));
  }

  function render() {
    if (!data) return;
    document.getElementById('title').textContent = data.title;
    document.getElementById('round').textContent = data.round || '';
    board.textContent = '';
    var foot = document.getElementById('foot');
    foot.textContent = '';
    if (data.hold) {
      var h = el('div', 'hold');
      h.appendChild(el('h2', null, T.hold));
      h.appendChild(el('p', null, T.hold_sub));
      board.appendChild(h);
      return;
    }
    var rows = data.rows || [];
    if (!rows.length) { board.appendChild(el('p', 'hold', T.no_ranked)); return; }
    var n = perPage();
    var pages = Math.max(1, Math.ceil(rows.length / n));
    var page;
    if (data.reveal) {
      var latest = rows.findIndex(function (r) { return r.latest; });
      page = latest < 0 ? pages - 1 : Math.floor(latest / n);
    } else {
      page = (((tick + data.page) % pages) + pages) % pages;
    }
    var table = el('table', 'rank-table');
    var head = el('tr');
    [[T.rank, ''], [T.street, ''], [T.total, 'num'], [T.band, ''], [T.change, 'num']].forEach(function (c) {
      var th = el('th', c[1], c[0]); th.scope = 'col'; head.appendChild(th);
    });
    var thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
    var body = el('tbody');
    rows.slice(page * n, page * n + n).forEach(function (r) {
      var tr = el('tr', (r.latest ? 'latest ' : '') + (r.rank > 0 && r.rank <= 3 ? 'podium' : ''));
      var rank = el('td', 'rank', r.rank > 0 ? String(r.rank) : '—');
      if (r.tied) rank.appendChild(el('span', 'tie', T.tie));
      tr.appendChild(rank);
      tr.appendChild(el('td', null, r.name));
      if (r.total) tr.appendChild(el('td', 'num', r.total));
      else tr.appendChild(el('td', 'num pending', r.pending || ''));
      tr.appendChild(el('td', null, r.band || ''));
      var ch = '';
      if (r.new) ch = T.new;
      else if (r.change > 0) ch = '↑' + r.change;
      else if (r.change < 0) ch = '↓' + (-r.change);
      tr.appendChild(el('td', 'num ' + (r.change > 0 ? 'up' : r.change < 0 ? 'down' : ''), ch));
      body.appendChild(tr);
    });
    table.appendChild(body);
    board.appendChild(table);
    var parts = [];
    if (data.reveal) parts.push(fmt(T.revealed, data.revealed, data.groups));
    if (pages > 1) parts.push(fmt(T.page, page + 1, pages));
    foot.textContent = parts.join(' · ');
  }

  var es;
  function connect() {
    es = new EventSource('/screen/events');
    es.onopen = function () { banner(''); };
    es.onmessage = function (ev) { data = JSON.parse(ev.data); banner(''); render(); };
    es.onerror = function () {
      banner(T.disconnected);
      if (es.readyState === EventSource.CLOSED) setTimeout(connect, 2000);
    };
  }
  var seconds = 0;
  setInterval(function () {
    seconds++;
    if (data && seconds >= (data.pageSeconds || 8)) { seconds = 0; tick++; render(); }
  }, 1000);
  window.addEventListener('resize', render);
  connect();
})();
