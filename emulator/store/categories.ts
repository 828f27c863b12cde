import type { WireCategory } from '@/lib/vod-wire/shapes';

interface CategorySpec {
  name: string;
  children?: CategorySpec[];
}

// A fixed three-level tree (levels 0..2 in VOD's numbering), bilingual like many real libraries.
const TREE: CategorySpec[] = [
  {
    name: 'News 新闻',
    children: [
      { name: 'World', children: [{ name: 'Asia Pacific' }, { name: 'Europe' }, { name: 'Americas' }] },
      { name: 'Business 财经', children: [{ name: 'Markets' }, { name: 'Earnings calls' }] },
      { name: 'Local 本地' },
    ],
  },
  {
    name: 'Sports 体育',
    children: [
      { name: 'Football ⚽', children: [{ name: 'Highlights' }, { name: 'Interviews' }] },
      { name: 'Basketball 篮球' },
      { name: 'Running & Marathon', children: [{ name: 'City marathons' }, { name: 'Trail running' }] },
      { name: 'eSports 电竞' },
    ],
  },
  {
    name: 'Entertainment 娱乐',
    children: [
      { name: 'Drama 剧集', children: [{ name: 'Season 1' }, { name: 'Season 2' }, { name: 'Specials' }] },
      { name: 'Variety shows 综艺' },
      { name: 'Trailers' },
    ],
  },
  {
    name: 'Education 教育',
    children: [
      { name: 'Programming 编程', children: [{ name: 'Beginners' }, { name: 'Advanced' }] },
      { name: 'Languages 语言', children: [{ name: 'English' }, { name: '日本語' }, { name: '한국어' }] },
      { name: 'Science 科学' },
    ],
  },
  {
    name: 'Music 音乐',
    children: [
      { name: 'Live concerts', children: [{ name: 'Festival sets' }, { name: 'Acoustic' }] },
      { name: 'Music videos MV' },
      { name: 'Covers 翻唱' },
    ],
  },
  {
    name: 'Travel 旅行',
    children: [
      { name: 'City walks 城市漫步' },
      { name: 'Nature & Outdoors', children: [{ name: 'Mountains 山' }, { name: 'Coast 海' }] },
    ],
  },
  {
    name: 'Food 美食',
    children: [
      { name: 'Recipes 食谱', children: [{ name: 'Quick meals' }, { name: 'Baking 烘焙' }] },
      { name: 'Street food' },
    ],
  },
  {
    name: 'Technology 科技',
    children: [{ name: 'Reviews 测评' }, { name: 'Product launches 发布会' }, { name: 'Tutorials' }],
  },
];

const FIRST_CATEGORY_ID = 1000000001;

/** The category tree of the emulated account, indexed for GetCategories and CateId checks. */
export class CategoryTree {
  /** Every category in creation order (ids ascending). */
  readonly all: readonly WireCategory[];
  private readonly byId = new Map<number, WireCategory>();
  private readonly childrenOf = new Map<number, WireCategory[]>();

  constructor() {
    const all: WireCategory[] = [];
    let nextId = FIRST_CATEGORY_ID;
    const visit = (specs: CategorySpec[], level: number, parentId: number) => {
      for (const spec of specs) {
        const category: WireCategory = {
          CateId: nextId++,
          CateName: spec.name,
          Level: level,
          ParentId: parentId,
          Type: 'default',
        };
        all.push(category);
        if (spec.children) visit(spec.children, level + 1, category.CateId);
      }
    };
    visit(TREE, 0, -1);
    this.all = all;
    for (const category of all) {
      this.byId.set(category.CateId, category);
      const siblings = this.childrenOf.get(category.ParentId) ?? [];
      siblings.push(category);
      this.childrenOf.set(category.ParentId, siblings);
    }
  }

  get(cateId: number): WireCategory | undefined {
    return this.byId.get(cateId);
  }

  /** Direct children in creation order; parentId -1 lists the level-0 categories. */
  children(parentId: number): readonly WireCategory[] {
    return this.childrenOf.get(parentId) ?? [];
  }
}

/** The one tree every library shares; it never changes. */
export const CATEGORIES = new CategoryTree();
