/**
 * VOD's wire shapes (docs/vod-api.md §2–§7), exactly as the service sends and accepts them. Shared by lib/vod
 * and the emulator; app code uses the reshaped types in ./types instead.
 */

export type WireVideoStatus =
  | 'Uploading'
  | 'UploadFail'
  | 'UploadSucc'
  | 'Transcoding'
  | 'TranscodeFail'
  | 'Checking'
  | 'Blocked'
  | 'Normal'
  | 'ProduceFail';

export const WIRE_VIDEO_STATUSES: readonly WireVideoStatus[] = [
  'Uploading',
  'UploadFail',
  'UploadSucc',
  'Transcoding',
  'TranscodeFail',
  'Checking',
  'Blocked',
  'Normal',
  'ProduceFail',
];

/** A video as GetVideoInfos and SearchMedia return it (flat `Snapshots`). Times are `yyyy-MM-ddTHH:mm:ssZ`. */
export interface WireVideo {
  VideoId: string;
  Title: string;
  Description?: string;
  Tags?: string;
  CoverURL?: string;
  CateId?: number;
  CateName?: string;
  Status: WireVideoStatus;
  Duration?: number;
  Size?: number;
  CreationTime: string;
  ModificationTime?: string;
  StorageLocation?: string;
  AppId?: string;
  ReferenceId?: string;
  TemplateGroupId?: string;
  DownloadSwitch?: 'on' | 'off';
  UserData?: string;
  StorageClass?: string;
  Snapshots?: string[];
}

/** One element of UpdateVideoInfos' `UpdateContent` array. */
export interface WireUpdateItem {
  VideoId?: string;
  ReferenceId?: string;
  Title?: string;
  Description?: string;
  Tags?: string;
  CoverURL?: string;
  CateId?: number;
}

export interface WireUpdateVideoInfosResponse {
  RequestId: string;
  ForbiddenVideoIds: string[];
  NonExistVideoIds: string[];
  NonExistReferenceIds: string[];
}

export interface WireGetVideoInfosResponse {
  RequestId: string;
  VideoList: WireVideo[];
  NonExistVideoIds: string[];
  NonExistReferenceIds?: string[];
}

/** GetVideoInfo and GetVideoList nest snapshots as `{Snapshot: string[]}`. */
export type WireVideoNested = Omit<WireVideo, 'Snapshots'> & {
  Snapshots?: { Snapshot: string[] };
  RegionId?: string;
  AuditStatus?: string;
};

export interface WireGetVideoInfoResponse {
  RequestId: string;
  Video: WireVideoNested;
}

export interface WireGetVideoListResponse {
  RequestId: string;
  Total: number;
  VideoList: { Video: WireVideoNested[] };
}

export interface WireSearchMediaItem {
  MediaType: 'video';
  MediaId: string;
  CreationTime: string;
  Video: WireVideo & { MediaSource?: string; PreprocessStatus?: string; TranscodeMode?: string };
}

export interface WireSearchMediaResponse {
  RequestId: string;
  Total: number;
  ScrollToken?: string;
  MediaList: WireSearchMediaItem[];
}

export interface WireCategory {
  CateId: number;
  CateName: string;
  Level: number;
  ParentId: number;
  Type?: string;
  SubTotal?: number;
}

export interface WireGetCategoriesResponse {
  RequestId: string;
  SubTotal: number;
  Category?: WireCategory;
  SubCategories: { Category: WireCategory[] };
}

/** Every error body VOD sends (docs/vod-api.md §2). */
export interface WireErrorBody {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend: string;
}
