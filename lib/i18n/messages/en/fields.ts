/** fields texts (English). */
export const fields = {
  labels: {
    title: 'Title',
    description: 'Description',
    tags: 'Tags',
    cateId: 'Category',
    coverUrl: 'Cover URL',
    referenceId: 'Reference ID',
  },
  empty: '(empty)',
} as const;
