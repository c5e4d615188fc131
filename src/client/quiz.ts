// Quiz feedback: the Check button of a question reads the picked choice and shows why it is right
// or wrong. Feedback waits for Check so that moving through the radios with arrow keys (which
// selects each one) does not give the answers away.

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-podlab-check]');
  const question = button?.closest<HTMLFieldSetElement>('[data-podlab-question]');
  if (!button || !question) return;
  const feedback = question.querySelector<HTMLElement>('[data-podlab-feedback]')!;
  const picked = question.querySelector<HTMLInputElement>('input[type=radio]:checked');
  feedback.replaceChildren();
  if (!picked) {
    delete feedback.dataset.correct;
    feedback.textContent = 'Pick an answer first.';
    return;
  }
  const correct = picked.dataset.correct === 'true';
  const why = question.querySelector<HTMLTemplateElement>(`template[data-why="${picked.value}"]`);
  const verdict = document.createElement('strong');
  verdict.textContent = correct ? 'Correct. ' : 'Not quite. ';
  feedback.dataset.correct = String(correct);
  feedback.append(verdict, ...(why ? [why.content.cloneNode(true)] : []));
});
