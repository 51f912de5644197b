// Placing a tooltip measures the page (a forced layout): `tooltipMoved` says when it must be placed
// again, so that updates that change nothing about it (a table opened below) skip the measuring.
import { expect } from '@open-wc/testing';
import { tooltipMoved } from '../../src/core/tooltip.js';

describe('tooltipMoved', () => {
  it('is true the first time, then only when its point, its frame or its words change', () => {
    const tip = document.createElement('div');
    tip.textContent = '2019/20: £1,340,000,000';
    expect(tooltipMoved(tip, 640, '12', '40')).to.equal(true);
    expect(tooltipMoved(tip, 640, '12', '40')).to.equal(false);
    expect(tooltipMoved(tip, 640, '13', '40')).to.equal(true);
    expect(tooltipMoved(tip, 800, '13', '40')).to.equal(true);
    tip.textContent = '2019/20: £1.34bn';
    expect(tooltipMoved(tip, 800, '13', '40')).to.equal(true);
    expect(tooltipMoved(tip, 800, '13', '40')).to.equal(false);
  });

  it('keeps each tooltip apart: a new one is placed even where the last one was', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    expect(tooltipMoved(a, 640, 1, 2)).to.equal(true);
    expect(tooltipMoved(b, 640, 1, 2)).to.equal(true);
  });
});
