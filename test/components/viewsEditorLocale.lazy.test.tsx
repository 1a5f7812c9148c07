// The views and the editor speak the journey's language: English first, then the journey's
// set once it has arrived, the host's own strings on top. This file starts with no set loaded.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JourneyEditor, defaultEditorLabels } from '../../src/edit';
import { JourneyToolbar, OpportunityMatrix } from '../../src/views';
import { defaultViewLabels } from '../../src/views/labels';
import { arEditorLabels, arViewLabels, ruViewLabels } from '../../src/locales';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { examples } from '../../stories/data';

const stage = arabicBankJourney.stages[0]!.name;

describe('an Arabic journey', () => {
  it('JourneyEditor: English controls at first, Arabic ones once the set has loaded', async () => {
    render(<JourneyEditor defaultJourney={arabicBankJourney} layout="grid" />);
    expect(screen.getByRole('button', { name: defaultEditorLabels.moveStage(stage) })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: arEditorLabels.moveStage(stage) })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: arEditorLabels.renameStage(stage) })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: arEditorLabels.addLane })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: defaultEditorLabels.moveStage(stage) })).toBeNull();
    expect(document.querySelector('.jm-JourneyEditor-help')).toHaveTextContent(arEditorLabels.help);
  });

  it('JourneyEditor: the host’s editorLabels win over the journey’s set', async () => {
    render(<JourneyEditor defaultJourney={arabicBankJourney} layout="grid" editorLabels={{ addLane: 'Nouvelle ligne' }} />);
    expect(await screen.findByRole('button', { name: arEditorLabels.moveStage(stage) })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nouvelle ligne' })).toBeInTheDocument();
  });

  it('OpportunityMatrix: its heading, grid and filters in Arabic', async () => {
    render(<OpportunityMatrix journey={arabicBankJourney} />);
    expect(await screen.findByRole('heading', { name: arViewLabels.matrixTitle })).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: arViewLabels.matrixGrid })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: arViewLabels.statusFilter })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: defaultViewLabels.matrixTitle })).toBeNull();
  });

  it('JourneyToolbar: a toolbar named in Arabic, with Arabic groups; viewLabels still win', async () => {
    const { unmount } = render(<JourneyToolbar journey={arabicBankJourney} />);
    expect(await screen.findByRole('toolbar', { name: arViewLabels.toolbar })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: arViewLabels.toolbarGroups.lanes })).toBeInTheDocument();
    unmount();
    render(<JourneyToolbar journey={arabicBankJourney} viewLabels={{ toolbar: 'Filtrer' }} />);
    expect(screen.getByRole('toolbar', { name: 'Filtrer' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: arViewLabels.toolbarGroups.lanes })).toBeInTheDocument();
  });
});

it('a view of a Russian journey speaks Russian; an English one stays English', async () => {
  const kitchen = examples['ecommerce-kitchen']!;
  render(<JourneyToolbar journey={{ ...kitchen, locale: 'ru-RU' }} />);
  expect(await screen.findByRole('toolbar', { name: ruViewLabels.toolbar })).toBeInTheDocument();
  render(<JourneyToolbar journey={kitchen} />);
  expect(screen.getByRole('toolbar', { name: defaultViewLabels.toolbar })).toBeInTheDocument();
});
