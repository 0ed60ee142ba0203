// The stylesheet and script of the HTML conformance matrix. The page is one file with no network
// access: the cells' counts and their cases are embedded, and this script draws the matrix from them.
#include "html_assets.hpp"

namespace iterconf::report::detail {

const char* const matrix_style = R"CSS(
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; margin: 0 0 .3em; }
#gate.passed { color: #1a7f37; } #gate.failed { color: #cf222e; }
#counts span { display: inline-block; margin: .2em .4em .2em 0; padding: .1em .5em; border-radius: 3px; }
#filters { margin: .8em 0; } #filters label { margin-right: 1em; }
table.matrix { border-collapse: collapse; font-size: 12px; }
table.matrix th, table.matrix td { border: 1px solid #ddd; padding: 2px 4px; text-align: center; }
table.matrix th.rule { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: normal; }
table.matrix th.area { background: #f6f8fa; }
table.matrix td.subject { text-align: left; white-space: nowrap; font-family: monospace; }
table.matrix td.cell { cursor: pointer; min-width: 1.6em; white-space: nowrap; }
table.matrix td.dim { opacity: .25; }
.o-PASS { background: #dafbe1; } .o-XFAIL { background: #fff8c5; } .o-UNSUPPORTED { background: #f6f8fa; color: #999; }
.o-FAIL, .o-XPASS { background: #ffcecb; } .o-ERROR { background: #ffd8b5; }
.o-CRASH, .o-TIMEOUT { background: #cf222e; color: white; }
#details { margin-top: 1em; } #details table { border-collapse: collapse; font-size: 12px; }
#details td, #details th { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
#details td.text { font-family: monospace; white-space: pre-wrap; }
)CSS";

const char* const matrix_script = R"JS(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('iterconf-data').textContent);
  // The outcomes from most to least severe: the order of each cell's counts, and the outcome
  // numbers of the details.
  var severity = data.outcomes;
  var toolchains = data.toolchains.length ? data.toolchains : [''];
  var multi = toolchains.length > 1;
  var details = null;  // each cell's cases: read on the first click only (it is most of the page)

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  var counts = document.getElementById('counts');
  severity.forEach(function (o) {
    var n = data.totals[o] || 0;
    counts.appendChild(el('span', { 'class': 'o-' + o, id: 'count-' + o, 'data-count': String(n) }, o + ' ' + n));
  });
  var gate = document.getElementById('gate');
  gate.className = data.gate_failures === 0 ? 'passed' : 'failed';
  gate.textContent = (data.gate_failures === 0 ? 'Gate passed' : 'Gate FAILED: ' + data.gate_failures + ' unexpected results') +
                     (data.incomplete ? ' (incomplete: the run was interrupted)' : '');

  // Rows are subjects, columns rules (grouped by area), one sub-column per toolchain.
  var rules = data.rules.length;
  var cellAt = new Int32Array(data.subjects.length * rules * toolchains.length).fill(-1);
  data.cells.forEach(function (c, i) { cellAt[(c[0] * rules + c[1]) * toolchains.length + c[2]] = i; });
  var ruleOrder = data.rules.map(function (r, i) { return i; });
  ruleOrder.sort(function (a, b) { return data.rules[a] < data.rules[b] ? -1 : data.rules[a] > data.rules[b] ? 1 : 0; });
  // A rule's area is its id's first word (the spec checker keeps them so).
  function areaOf(rule) { return rule.split('.')[0]; }

  var table = document.getElementById('matrix');
  var head = el('thead'), areaRow = el('tr'), ruleRow = el('tr'), toolRow = el('tr');
  areaRow.appendChild(el('th', { rowspan: multi ? '3' : '2' }, 'subject'));
  areaRow.appendChild(el('th', { rowspan: multi ? '3' : '2' }, 'family'));
  var lastArea = null, areaCell = null;
  ruleOrder.forEach(function (r) {
    var rule = data.rules[r];
    if (areaOf(rule) !== lastArea) {
      lastArea = areaOf(rule);
      areaCell = el('th', { 'class': 'area', colspan: '0' }, lastArea);
      areaRow.appendChild(areaCell);
    }
    areaCell.setAttribute('colspan', String(Number(areaCell.getAttribute('colspan')) + toolchains.length));
    ruleRow.appendChild(el('th', { 'class': 'rule', colspan: String(toolchains.length), title: rule }, rule));
    if (multi) toolchains.forEach(function (t, i) { toolRow.appendChild(el('th', { title: t }, 'T' + (i + 1))); });
  });
  head.appendChild(areaRow);
  head.appendChild(ruleRow);
  if (multi) head.appendChild(toolRow);
  table.appendChild(head);

  // The body is written as one string (far quicker than a node at a time for tens of thousands
  // of cells); one listener on the table serves every cell.
  function escaped(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  // A cell's outcomes (those with a count), most severe first.
  function outcomesOf(c) { return severity.filter(function (o, i) { return c[3][i] > 0; }); }
  var unsupported = severity.indexOf('UNSUPPORTED');
  // "x of y OUTCOME": of the cell's y results, x have its worst outcome, the one its colour shows
  // ("12 of 14 PASS": the other two did not apply). A cell where no case applied says nothing.
  function cellSays(c) {
    var o = outcomesOf(c)[0], total = c[3].reduce(function (a, n) { return a + n; }, 0);
    return c[3][severity.indexOf(o)] + ' of ' + total + ' ' + o;
  }
  function cellText(c) { return c[3][unsupported] === c[3].reduce(function (a, n) { return a + n; }, 0) ? '' : cellSays(c); }
  // The hover text: what the cell says, each outcome's count, and why each known deviation is one
  // (the expectations entry's reason).
  function cellTitle(c) {
    var parts = outcomesOf(c).map(function (o) { return c[3][severity.indexOf(o)] + ' ' + o; });
    var title = cellSays(c) + (parts.length > 1 ? ' (' + parts.join(', ') + ')' : '');
    (c[4] || []).forEach(function (reason) { title += '\nknown deviation: ' + data.reasons[reason]; });
    return title;
  }
  // (The row class in a variable: a reader of the rendered page counts rows by it, and this script
  // is part of the page.)
  var html = [], rowClass = 'subject-row';
  data.subjects.forEach(function (s, si) {
    html.push('<tr data-family="' + escaped(s[1]) + '" class="' + rowClass + '"><td class="subject">' + escaped(s[0]) +
              '</td><td>' + escaped(s[1]) + '</td>');
    ruleOrder.forEach(function (r) {
      toolchains.forEach(function (t, ti) {
        var index = cellAt[(si * rules + r) * toolchains.length + ti];
        if (index < 0) {
          html.push('<td class="cell o-UNSUPPORTED"></td>');
          return;
        }
        var c = data.cells[index];
        html.push('<td class="cell o-' + outcomesOf(c)[0] + '" data-cell="' + index + '" title="' +
                  escaped(data.rules[r] + (multi ? ' [' + t + ']' : '') + ': ' + cellTitle(c)) + '">' +
                  escaped(cellText(c)) + '</td>');
      });
    });
    html.push('</tr>');
  });
  var body = el('tbody');
  body.innerHTML = html.join('');
  table.appendChild(body);
  table.addEventListener('click', function (event) {
    var td = event.target.closest('td[data-cell]');
    if (!td) return;
    var c = data.cells[Number(td.getAttribute('data-cell'))];
    showDetails(data.subjects[c[0]][0], data.rules[c[1]], toolchains[c[2]], Number(td.getAttribute('data-cell')));
  });

  function showDetails(subject, rule, toolchain, index) {
    if (!details) details = JSON.parse(document.getElementById('iterconf-details').textContent);
    function text(i) { return i === undefined || i < 0 ? '' : details.texts[i]; }
    var box = document.getElementById('details');
    box.textContent = '';
    box.appendChild(el('h2', {}, subject + ' \u2014 ' + rule + (multi ? ' [' + toolchain + ']' : '')));
    var t = el('table'), h = el('tr');
    ['case', 'outcome', 'step', 'expected', 'observed', 'message', 'why (known deviation)'].forEach(function (c) { h.appendChild(el('th', {}, c)); });
    t.appendChild(h);
    details.cells[index].forEach(function (e) {
      var tr = el('tr'), o = severity[e[1]];
      tr.appendChild(el('td', { 'class': 'text' }, details.cases[e[0]]));
      tr.appendChild(el('td', { 'class': 'o-' + o }, o));
      tr.appendChild(el('td', { 'class': 'text' }, text(e[3])));
      tr.appendChild(el('td', { 'class': 'text' }, text(e[4])));
      tr.appendChild(el('td', { 'class': 'text' }, text(e[5])));
      tr.appendChild(el('td', { 'class': 'text' }, text(e[2])));
      tr.appendChild(el('td', { 'class': 'text' }, text(e[6])));
      t.appendChild(tr);
    });
    box.appendChild(t);
  }

  // Filters: by family, and by outcome (rows with such a result; other cells dimmed).
  var families = [];
  data.subjects.forEach(function (s) { if (families.indexOf(s[1]) < 0) families.push(s[1]); });
  var familySelect = document.getElementById('family'), outcomeSelect = document.getElementById('outcome');
  families.forEach(function (f) { familySelect.appendChild(el('option', { value: f }, f)); });
  severity.forEach(function (o) { outcomeSelect.appendChild(el('option', { value: o }, o)); });
  function applyFilters() {
    var family = familySelect.value, wanted = outcomeSelect.value, visible = 0;
    var w = severity.indexOf(wanted);
    function has(td) { return td.hasAttribute('data-cell') && data.cells[Number(td.getAttribute('data-cell'))][3][w] > 0; }
    Array.prototype.forEach.call(body.rows, function (tr) {
      var cellsOfRow = tr.querySelectorAll('td.cell');
      var hasOutcome = !wanted || Array.prototype.some.call(cellsOfRow, has);
      var show = (!family || tr.getAttribute('data-family') === family) && hasOutcome;
      tr.style.display = show ? '' : 'none';
      if (show) visible += 1;
      // Dimming touches every cell: only when an outcome is chosen, or was.
      if (wanted || dimmed) Array.prototype.forEach.call(cellsOfRow, function (td) { td.classList.toggle('dim', !!wanted && !has(td)); });
    });
    dimmed = !!wanted;
    document.getElementById('visible-rows').textContent = String(visible);
  }
  var dimmed = false;
  familySelect.addEventListener('change', applyFilters);
  outcomeSelect.addEventListener('change', applyFilters);
  applyFilters();
  // Laid out now, so that the time the page records (from the start of its loading) includes it.
  void document.body.offsetHeight;
  document.body.setAttribute('data-rendered-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-rendered', 'true');
})();
)JS";

}  // namespace iterconf::report::detail
