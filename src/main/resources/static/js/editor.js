// The focal point's editor, made smoother where JavaScript runs; without it, every form still works
// (post, redirect, get). With it, htmx sends each form on its own and swaps only that form and Part B, so:
// - the person stays at the action, Cover or Part A they saved, and focus moves to its "Saved." status,
//   which screen readers announce;
// - text typed in other forms is kept;
// - forms with unsaved changes are marked, and leaving the page with unsaved changes asks first.
(function () {
  'use strict';

  var editor = document.querySelector('.editor');
  if (!editor) {
    return;
  }
  var sentFormId = null;

  function dirtyForms() {
    return editor.querySelectorAll('form[data-dirty]');
  }

  function showMarks() {
    var summary = editor.querySelector('[data-unsaved-summary]');
    if (summary) {
      summary.hidden = dirtyForms().length === 0;
    }
    document.querySelectorAll('#part-b-table li[data-unsaved]').forEach(function (item) {
      item.removeAttribute('data-unsaved');
    });
    dirtyForms().forEach(function (form) {
      var marker = form.querySelector('[data-unsaved-marker]');
      if (marker) {
        marker.hidden = false;
      }
      if (form.dataset.action) {
        document.querySelectorAll('#part-b-table li[data-action="' + form.dataset.action + '"]')
          .forEach(function (item) {
            item.setAttribute('data-unsaved', '');
          });
      }
    });
  }

  function changed(event) {
    var form = event.target.closest('form');
    if (!form || !editor.contains(form) || form.hasAttribute('data-dirty')) {
      return;
    }
    form.setAttribute('data-dirty', '');
    var status = form.querySelector('[role=status]');
    if (status) {
      status.textContent = '';
    }
    showMarks();
  }

  editor.addEventListener('input', changed);
  editor.addEventListener('change', changed);

  window.addEventListener('beforeunload', function (event) {
    if (dirtyForms().length > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  document.body.addEventListener('htmx:beforeRequest', function (event) {
    sentFormId = event.detail.elt.id || null;
  });

  // A conflict or a refused request answers with its own page: show it whole.
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if (status === 409 || status === 400) {
      event.detail.shouldSwap = false;
      var page = new DOMParser().parseFromString(event.detail.xhr.responseText, 'text/html');
      var main = page.querySelector('#main');
      if (main) {
        var sent = sentFormId && document.getElementById(sentFormId);
        if (sent) {
          sent.removeAttribute('data-dirty');
        }
        document.querySelector('#main').replaceWith(main);
        document.title = page.title;
        var heading = main.querySelector('h1');
        if (heading) {
          heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
      }
    }
  });

  // After a save: stay at the form, focus its status (or the first field in error).
  document.body.addEventListener('htmx:afterSettle', function () {
    var form = sentFormId && document.getElementById(sentFormId);
    sentFormId = null;
    if (!form) {
      return;
    }
    var invalid = form.querySelector('[aria-invalid="true"]');
    var status = form.querySelector('[role=status]');
    if (invalid) {
      form.setAttribute('data-dirty', '');
      invalid.focus();
    }
    else if (status) {
      status.focus();
    }
    showMarks();
  });
}());
