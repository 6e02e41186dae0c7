import { demoSmall } from './demoSmall';
import { formatGeoJson, toGeoJson } from './geoJsonOutput';
import { designTerminal, type TerminalDesign } from './terminalDesign';
import { tianjinCSection } from './tianjinCSection';

/** The layout files the repository carries, each with the design it is generated from. */
export function layoutFiles(): { file: string; design: TerminalDesign; text: () => string }[] {
  return [
    { file: 'scenarios/tianjin-c-section.layout.geojson', design: tianjinCSection },
    { file: 'scenarios/demo-small.layout.geojson', design: demoSmall },
  ].map(({ file, design }) => ({
    file,
    design,
    text: () => formatGeoJson(toGeoJson(designTerminal(design), design.originLonLat)),
  }));
}
