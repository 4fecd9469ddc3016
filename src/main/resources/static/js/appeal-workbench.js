// The letter editor: the page works without script (the draft's XHTML in a text box); with script the
// draft is edited as it will print, and its HTML is copied into the text box when it is saved.
document.querySelectorAll('.letter-form').forEach(form => {
  const editor = form.querySelector('.letter-editor');
  const source = form.querySelector('.letter-source');
  editor.hidden = false;
  source.hidden = true;
  form.addEventListener('submit', () => { source.value = editor.innerHTML; });
});
