import { parse, print } from 'graphql';
import { markInternalOnlyTypes } from './internal-types.js';

const marked = (sdl: string) =>
  markInternalOnlyTypes(parse(sdl))
    .definitions.filter((d) => 'directives' in d && d.directives?.some((x) => x.name.value === 'inaccessible'))
    .map((d) => ('name' in d && d.name ? d.name.value : '?'));

describe('markInternalOnlyTypes', () => {
  it('hides an enum used only by an @inaccessible type, and types only it refers to, transitively', () => {
    const sdl = `
      type Query { reservation(id: ID!): Reservation @inaccessible  materials: [Material!]! }
      type Reservation @inaccessible { status: Status!  lines: [Line!]! }
      type Line { kind: Kind! }
      enum Status { A B }
      enum Kind { M L }
      type Material { id: ID! }`;
    expect(marked(sdl).sort()).toEqual(['Kind', 'Line', 'Reservation', 'Status']);
  });

  it('keeps a type that any public field or argument uses', () => {
    const sdl = `
      type Query { a(kind: Kind): Int  b: Status @inaccessible  c: Status }
      enum Kind { X }
      enum Status { A }`;
    expect(marked(sdl)).toEqual([]);
  });

  it('hides input types and enums used only by @inaccessible arguments', () => {
    const sdl = `
      type Mutation { reserve(input: ReserveInput! @inaccessible): Int  open(x: Int): Int }
      input ReserveInput { kind: Kind! }
      enum Kind { X }
      type Query { x: Int }`;
    expect(marked(sdl).sort()).toEqual(['Kind', 'ReserveInput']);
  });

  it('leaves types nobody refers to (entity stubs) alone and prints valid SDL', () => {
    const sdl = `type Query { x: Int } type Vendor @key(fields: "id") { id: ID! }`;
    expect(marked(sdl)).toEqual([]);
    expect(print(markInternalOnlyTypes(parse(sdl)))).toContain('type Vendor');
  });
});
