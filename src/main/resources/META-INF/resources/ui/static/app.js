// Keyboard shortcuts for coders: 1-9 accept a candidate, / search, n next task, q query.
document.addEventListener('keydown', (event) => {
  const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName);
  if (typing || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const accept = document.querySelector(`button.accept[data-key="${event.key}"]`);
  if (accept) {
    event.preventDefault();
    accept.click();
  } else if (event.key === '/') {
    const search = document.getElementById('search');
    if (search) { event.preventDefault(); search.focus(); }
  } else if (event.key === 'n') {
    const next = document.getElementById('next');
    if (next) { event.preventDefault(); next.click(); }
    else { const form = document.createElement('form'); form.method = 'post'; form.action = '/ui/tasks/next'; document.body.appendChild(form); form.submit(); }
  } else if (event.key === 'q') {
    const question = document.getElementById('question');
    if (question) { event.preventDefault(); question.focus(); }
  }
});
