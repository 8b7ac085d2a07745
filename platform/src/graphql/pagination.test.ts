import { pageWindow, toPage } from './pagination.js';

describe('offset pages', () => {
  it('reports whether more items follow', () => {
    expect(toPage([1, 2], 5, { offset: 0, limit: 2 }).pageInfo).toMatchObject({ totalCount: 5, hasNextPage: true });
    expect(toPage([5], 5, { offset: 4, limit: 2 }).pageInfo).toMatchObject({ offset: 4, hasNextPage: false });
    expect(toPage([], 0, undefined).pageInfo).toMatchObject({ offset: 0, limit: 20, hasNextPage: false });
  });

  it('an omitted page or field is the first 20', () => {
    expect(pageWindow(undefined)).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow(null)).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ offset: 40 })).toEqual({ offset: 40, limit: 20 });
    expect(pageWindow({ limit: 5 })).toEqual({ offset: 0, limit: 5 });
    expect(pageWindow({ offset: 10, limit: 50 })).toEqual({ offset: 10, limit: 50 });
  });
});
