/**
 * Text the seeded library is made of: titles, descriptions and tags in several languages (with CJK and
 * emoji), so the grid, search and byte-limit checks meet realistic data.
 */

export interface LanguageCorpus {
  subjects: readonly string[];
  /** Appended to a subject; `{n}` becomes an episode or part number. */
  suffixes: readonly string[];
  sentences: readonly string[];
  tags: readonly string[];
}

export const CORPUS: Readonly<Record<string, LanguageCorpus>> = {
  en: {
    subjects: [
      'Product launch recap',
      'Weekly team standup',
      'How to brew pour-over coffee',
      'City marathon highlights',
      'Behind the scenes',
      'Customer story: scaling a small bakery',
      'Live concert at the harbour',
      'Cooking class: ramen from scratch',
      'Drone flight over the coast',
      'Quarterly earnings call',
      'Yoga for beginners',
      'Unboxing the new mirrorless camera',
      'Street food tour of Bangkok',
      'Mountain biking the ridge trail',
      'Science explained: black holes',
      'Interview with the founder',
      'Kubernetes in 10 minutes',
      'Morning news briefing',
      'Wedding highlights',
      'Webinar: cloud cost control',
    ],
    suffixes: [
      '',
      '',
      ' – part {n}',
      ' (4K)',
      ' | Full version',
      ' 🎬',
      ' 🔥',
      ' #shorts',
      " – director's cut",
      ' – episode {n}',
      ' 2.0',
    ],
    sentences: [
      'Recorded live in front of a studio audience.',
      'In this episode we walk through every step, from setup to the final result.',
      'Subscribe for a new video every week.',
      'Chapters: 00:00 intro, 02:15 main part, 09:40 Q&A.',
      'Shot on location with a two-person crew.',
      'This is the uncut version with extra footage.',
      'Thanks to everyone who joined the stream! 🙏',
      'Music licensed for commercial use.',
      'Internal use only – please do not share outside the team.',
      'A short summary of the key announcements.',
    ],
    tags: [
      'tutorial',
      'vlog',
      'highlights',
      'interview',
      'live',
      '4K',
      'news',
      'sports',
      'cooking',
      'travel',
      'music',
      'tech',
      'webinar',
      'shorts',
      'behind-the-scenes',
    ],
  },
  zh: {
    subjects: [
      '产品发布会回顾',
      '周末美食探店',
      '城市马拉松精彩瞬间',
      '手冲咖啡入门教程',
      '深夜食堂',
      '旅行 Vlog：云南大理',
      '新品开箱测评',
      '年度总结大会',
      '少儿编程第一课',
      '直播带货回放',
      '故宫的雪',
      '家常红烧肉做法',
      '科技前沿访谈',
      '篮球联赛集锦',
    ],
    suffixes: ['', ' 第{n}集', '（完整版）', ' 4K', ' 🎉', '【高清】', ' 上', ' 下'],
    sentences: [
      '本期视频带你了解完整的制作过程。',
      '欢迎点赞、评论和转发！',
      '拍摄于上海，全程无剪辑。',
      '内部培训资料，请勿外传。',
      '感谢大家的支持，我们下期再见 👋',
      '本视频包含字幕，支持中英双语。',
      '更多精彩内容请关注我们的频道。',
    ],
    tags: ['教程', '美食', '旅行', '科技', '体育', '直播', '新闻', '综艺', '音乐', '纪录片', '高清', 'Vlog'],
  },
  ja: {
    subjects: [
      '東京の朝散歩',
      '手作りラーメン教室',
      '京都の紅葉',
      '新製品レビュー',
      '週末キャンプ',
      'ピアノ演奏会',
      '猫のいる暮らし',
    ],
    suffixes: ['', ' 第{n}話', '【4K】', ' 🌸', ' ダイジェスト'],
    sentences: [
      '最後までご覧いただきありがとうございます。',
      'チャンネル登録よろしくお願いします！',
      '撮影機材は概要欄にまとめています。',
      'この動画は社内研修用です。',
    ],
    tags: ['旅行', '料理', 'レビュー', '音楽', '猫', 'キャンプ', '東京'],
  },
  ko: {
    subjects: [
      '서울 야경 브이로그',
      '홈카페 레시피',
      '제주도 여행',
      '신제품 언박싱',
      'K-pop 댄스 커버',
      '주간 뉴스 요약',
    ],
    suffixes: ['', ' {n}편', ' 🎵', ' (풀버전)'],
    sentences: [
      '구독과 좋아요 부탁드립니다!',
      '오늘은 특별한 장소를 소개합니다.',
      '영상에 사용된 음악은 저작권 free 입니다.',
    ],
    tags: ['브이로그', '여행', '레시피', '댄스', '뉴스', '리뷰'],
  },
  es: {
    subjects: [
      'Receta de paella valenciana',
      'Resumen del partido',
      'Tutorial de guitarra',
      'Viaje a la Patagonia',
      'Entrevista exclusiva',
    ],
    suffixes: ['', ' – parte {n}', ' (completo)', ' ⚽', ' 🎸'],
    sentences: [
      'Grabado en directo en Madrid.',
      'No olvides suscribirte al canal.',
      'Capítulos en la descripción.',
    ],
    tags: ['receta', 'fútbol', 'viajes', 'música', 'entrevista'],
  },
  de: {
    subjects: [
      'Wanderung in den Alpen',
      'Produktvorstellung',
      'Kochen mit Oma',
      'Fußball: Spielanalyse',
      'Städtereise nach Wien',
    ],
    suffixes: ['', ' – Teil {n}', ' (Langfassung)', ' 🏔️'],
    sentences: [
      'Gedreht im Schwarzwald.',
      'Alle Zutaten findest du in der Beschreibung.',
      'Über Größe & Gewicht reden wir am Ende.',
    ],
    tags: ['wandern', 'kochen', 'fußball', 'reise', 'übersicht'],
  },
  fr: {
    subjects: [
      'Balade à Paris',
      'Recette de crêpes',
      'Conférence annuelle',
      'Les coulisses du festival',
      'Cours de français débutant',
    ],
    suffixes: ['', ' – épisode {n}', ' (version longue)', ' 🥐'],
    sentences: [
      'Tourné à Lyon en une seule prise.',
      "Merci d'avoir regardé !",
      'Sous-titres disponibles en anglais.',
    ],
    tags: ['cuisine', 'voyage', 'conférence', 'cours', 'été'],
  },
  pt: {
    subjects: [
      'Aula de samba',
      'Melhores momentos do jogo',
      'Receita de pão de queijo',
      'Viagem ao Rio de Janeiro',
    ],
    suffixes: ['', ' – parte {n}', ' 🇧🇷', ' (completo)'],
    sentences: ['Gravado ao vivo em São Paulo.', 'Inscreva-se e ative as notificações.'],
    tags: ['samba', 'futebol', 'receita', 'viagem'],
  },
};

/** Share of videos per language. */
export const LANGUAGE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['en', 40],
  ['zh', 25],
  ['ja', 10],
  ['ko', 7],
  ['es', 6],
  ['de', 4],
  ['fr', 4],
  ['pt', 4],
];
