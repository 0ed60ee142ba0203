// The stylesheet and script of the HTML conformance matrix. The page is one file with no network
// access: the report's JSON is embedded, and this script draws the matrix from it.
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
table.matrix td.cell { cursor: pointer; min-width: 1.6em; }
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
  var severity = ['CRASH', 'TIMEOUT', 'ERROR', 'FAIL', 'XPASS', 'XFAIL', 'PASS', 'UNSUPPORTED'];
  var results = data.results;
  var toolchains = data.toolchains.length ? data.toolchains : [''];
  var multi = toolchains.length > 1;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function worst(list) {
    for (var i = 0; i < severity.length; i++)
      for (var j = 0; j < list.length; j++) if (list[j].outcome === severity[i]) return severity[i];
    return 'UNSUPPORTED';
  }

  // Totals, drawn from the results themselves.
  var totals = {};
  severity.forEach(function (o) { totals[o] = 0; });
  results.forEach(function (r) { totals[r.outcome] += 1; });
  var counts = document.getElementById('counts');
  severity.forEach(function (o) {
    var span = el('span', { 'class': 'o-' + o, id: 'count-' + o, 'data-count': String(totals[o]) }, o + ' ' + totals[o]);
    counts.appendChild(span);
  });
  var gate = document.getElementById('gate');
  gate.className = data.gate_failures === 0 ? 'passed' : 'failed';
  gate.textContent = data.gate_failures === 0 ? 'Gate passed' : 'Gate FAILED: ' + data.gate_failures + ' unexpected results';

  // Rows are subjects, columns rules (grouped by area), one sub-column per toolchain.
  var subjects = [], subjectIndex = {}, rules = [], ruleArea = {}, cells = {};
  results.forEach(function (r) {
    if (!(r.subject in subjectIndex)) { subjectIndex[r.subject] = subjects.length; subjects.push({ name: r.subject, family: r.family }); }
    r.rules.forEach(function (rule) {
      // A rule's area is its id's first word (the spec checker keeps them so).
      if (!(rule in ruleArea)) { ruleArea[rule] = rule.split('.')[0]; rules.push(rule); }
      var key = r.subject + '\u0000' + rule + '\u0000' + r.toolchain;
      (cells[key] = cells[key] || []).push(r);
    });
  });
  rules.sort();
  var table = document.getElementById('matrix');
  var head = el('thead'), areaRow = el('tr'), ruleRow = el('tr'), toolRow = el('tr');
  areaRow.appendChild(el('th', { rowspan: multi ? '3' : '2' }, 'subject'));
  areaRow.appendChild(el('th', { rowspan: multi ? '3' : '2' }, 'family'));
  var lastArea = null, areaCell = null;
  rules.forEach(function (rule) {
    if (ruleArea[rule] !== lastArea) {
      lastArea = ruleArea[rule];
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

  var body = el('tbody');
  subjects.forEach(function (s) {
    var tr = el('tr', { 'data-family': s.family, 'class': 'subject-row' });
    tr.appendChild(el('td', { 'class': 'subject' }, s.name));
    tr.appendChild(el('td', {}, s.family));
    rules.forEach(function (rule) {
      toolchains.forEach(function (t) {
        var list = cells[s.name + '\u0000' + rule + '\u0000' + t] || [];
        var ran = list.filter(function (r) { return r.outcome !== 'UNSUPPORTED'; }).length;
        var o = list.length ? worst(list) : 'UNSUPPORTED';
        var td = el('td', { 'class': 'cell o-' + o, title: rule + (multi ? ' [' + t + ']' : '') + ': ' + o }, ran ? String(ran) : '');
        td.outcomes = list.map(function (r) { return r.outcome; });
        td.addEventListener('click', function () { showDetails(s.name, rule, t, list); });
        tr.appendChild(td);
      });
    });
    body.appendChild(tr);
  });
  table.appendChild(body);

  function showDetails(subject, rule, toolchain, list) {
    var box = document.getElementById('details');
    box.textContent = '';
    box.appendChild(el('h2', {}, subject + ' \u2014 ' + rule + (multi ? ' [' + toolchain + ']' : '')));
    var t = el('table'), h = el('tr');
    ['case', 'outcome', 'step', 'expected', 'observed', 'message'].forEach(function (c) { h.appendChild(el('th', {}, c)); });
    t.appendChild(h);
    list.forEach(function (r) {
      var tr = el('tr');
      tr.appendChild(el('td', { 'class': 'text' }, r['case']));
      tr.appendChild(el('td', { 'class': 'o-' + r.outcome }, r.outcome));
      tr.appendChild(el('td', { 'class': 'text' }, r.step ? r.step.number + ': ' + r.step.text + '\n' + r.step.location.file + ':' + r.step.location.line + ':' + r.step.location.column : ''));
      tr.appendChild(el('td', { 'class': 'text' }, r.expected || ''));
      tr.appendChild(el('td', { 'class': 'text' }, r.observed || ''));
      tr.appendChild(el('td', { 'class': 'text' }, r.message || ''));
      t.appendChild(tr);
    });
    box.appendChild(t);
  }

  // Filters: by family, and by outcome (rows with such a result; other cells dimmed).
  var families = [];
  subjects.forEach(function (s) { if (families.indexOf(s.family) < 0) families.push(s.family); });
  var familySelect = document.getElementById('family'), outcomeSelect = document.getElementById('outcome');
  families.forEach(function (f) { familySelect.appendChild(el('option', { value: f }, f)); });
  severity.forEach(function (o) { outcomeSelect.appendChild(el('option', { value: o }, o)); });
  function applyFilters() {
    var family = familySelect.value, wanted = outcomeSelect.value, visible = 0;
    Array.prototype.forEach.call(body.rows, function (tr) {
      var cellsOfRow = Array.prototype.slice.call(tr.querySelectorAll('td.cell'));
      var hasOutcome = !wanted || cellsOfRow.some(function (td) { return td.outcomes.indexOf(wanted) >= 0; });
      var show = (!family || tr.getAttribute('data-family') === family) && hasOutcome;
      tr.style.display = show ? '' : 'none';
      if (show) visible += 1;
      cellsOfRow.forEach(function (td) { td.classList.toggle('dim', !!wanted && td.outcomes.indexOf(wanted) < 0); });
    });
    document.getElementById('visible-rows').textContent = String(visible);
  }
  familySelect.addEventListener('change', applyFilters);
  outcomeSelect.addEventListener('change', applyFilters);
  applyFilters();
  document.body.setAttribute('data-rendered', 'true');
})();
)JS";

}  // namespace iterconf::report::detail
