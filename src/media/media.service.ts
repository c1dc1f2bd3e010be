import { stat } from 'node:fs/promises'
import type { Kysely } from 'kysely'
import { checkLength, checkLocale } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Conflict, NotFound } from '../errors.js'
import type { EventBus } from '../events.js'
import { newId } from '../ids.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { Actor } from '../shared/roles.js'
import { recordAudit } from '../users/audit.repository.js'
import { authorize } from '../users/permissions.js'
import { encodeVariants, probeImage } from './image-variants.js'
import { authorizeMediaEdit } from './media.policy.js'
import {
  deleteMediaRow,
  findMedia,
  findMediaByIds,
  insertMedia,
  listMediaIds,
  mediaUsedByPublishedStory,
  refreshMediaSearchKey,
  updateMediaFields,
  upsertMediaTexts,
} from './media.repository.js'
import { type MediaStorage, originalKey, variantKey } from './media.storage.js'
import { checkMediaTexts } from './media.texts.js'
import type { Media, MediaText } from './media.types.js'

export interface MediaDeps {
  db: Kysely<DB>
  events: EventBus
  site: LocaleSettings
  clock: Clock
  storage: MediaStorage
}

export interface CreateImage {
  /** The image's bytes, or a local file holding them (an upload spooled to disk while it arrived). */
  data: Buffer | { file: string }
  originalName: string
  credit?: string
  source?: string
  texts?: Record<string, Partial<MediaText>>
}

/** The media library: upload once, use in every language. */
export function createMediaService({ db, events, site, clock, storage }: MediaDeps) {
  return {
    /**
     * Where an upload by this actor may be spooled while it arrives (MediaStorage.spoolPath): asked
     * before a byte of it is read, so someone who may not upload is refused before sending it.
     */
    uploadSpool(actor: Actor): () => Promise<string> {
      authorize(actor, 'media.upload')
      return () => storage.spoolPath()
    },

    async getMedia(id: string): Promise<Media> {
      const media = await findMedia(db, id)
      if (!media) throw new NotFound('media_not_found', { id })
      return media
    },

    /**
     * The library, newest first; `after` continues from the last item of the previous page. `q`
     * keeps items whose name, credit, source, captions or alt texts contain every word of it.
     */
    async listMedia(query: { limit: number; q?: string; after?: { createdAt: string; id: string } }): Promise<Media[]> {
      const ids = await listMediaIds(db, query)
      const items = await findMediaByIds(db, ids)
      return ids.map((id) => items.find((m) => m.id === id) as Media)
    },

    /** Changes the shared credit, source and focal point, and captions or alt texts per language (editors, or whoever uploaded it). */
    async updateMedia(
      id: string,
      input: { credit?: string; source?: string; focalX?: number; focalY?: number; texts?: Record<string, Partial<MediaText>> },
      actor: Actor,
    ): Promise<Media> {
      const current = await findMedia(db, id)
      if (!current) throw new NotFound('media_not_found', { id })
      authorizeMediaEdit(actor, current)
      const texts: Record<string, MediaText> = {}
      for (const [locale, t] of Object.entries(checkMediaTexts(input.texts ?? {}))) {
        checkLocale(site, locale)
        const before = current.texts[locale] ?? { caption: '', alt: '' }
        texts[locale] = {
          caption: checkLength('caption', t.caption?.trim() ?? before.caption, 1000),
          alt: checkLength('alt', t.alt?.trim() ?? before.alt, 500),
        }
      }
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        await updateMediaFields(trx, id, {
          ...(input.credit !== undefined && { credit: checkLength('credit', input.credit.trim(), 300) }),
          ...(input.source !== undefined && { source: checkLength('source', input.source.trim(), 300) }),
          // The point crops keep in frame, as fractions of width and height.
          ...(input.focalX !== undefined && { focalX: Math.min(1, Math.max(0, input.focalX)) }),
          ...(input.focalY !== undefined && { focalY: Math.min(1, Math.max(0, input.focalY)) }),
          at,
        })
        await upsertMediaTexts(trx, id, texts)
        await refreshMediaSearchKey(trx, id)
        await recordAudit(trx, actor, at, { action: 'media.update', entityType: 'media', entityId: id })
      })
      events.emit('media.updated', { mediaId: id })
      return (await findMedia(db, id)) as Media
    },

    /** Deletes an image and its files; refused while a published story shows it. */
    async deleteMedia(id: string, actor: Actor): Promise<void> {
      authorize(actor, 'media.manage')
      const media = await findMedia(db, id)
      if (!media) throw new NotFound('media_not_found', { id })
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        if (await mediaUsedByPublishedStory(trx, id)) throw new Conflict('media_in_use', { id })
        await deleteMediaRow(trx, id)
        await recordAudit(trx, actor, at, { action: 'media.delete', entityType: 'media', entityId: id })
      })
      await Promise.all([media.storageKey, ...media.variants.map((v) => v.key)].map((key) => storage.delete(key)))
      events.emit('media.deleted', { mediaId: id })
    },

    /** Stores an image and its responsive variants; the row is written only once every file is. */
    async createImage(input: CreateImage, actor: Actor): Promise<Media> {
      authorize(actor, 'media.upload')
      const texts: Record<string, MediaText> = {}
      for (const [locale, t] of Object.entries(checkMediaTexts(input.texts ?? {}))) {
        checkLocale(site, locale)
        texts[locale] = {
          caption: checkLength('caption', t.caption?.trim() ?? '', 1000),
          alt: checkLength('alt', t.alt?.trim() ?? '', 500),
        }
      }
      const originalName = checkLength('originalName', input.originalName, 255)
      const credit = checkLength('credit', input.credit?.trim() ?? '', 300)
      const source = checkLength('source', input.source?.trim() ?? '', 300)
      const image = Buffer.isBuffer(input.data) ? input.data : input.data.file // sharp reads either
      const probed = await probeImage(image)
      const bytes = Buffer.isBuffer(input.data) ? input.data.length : (await stat(input.data.file)).size
      const variants = await encodeVariants(image, probed)
      const id = newId()
      const at = toTimestamp(clock())
      const keys = [originalKey(id, probed.ext), ...variants.map((v) => variantKey(id, v.width, v.format))]
      const media: Media = {
        id,
        kind: 'image',
        originalName,
        mimeType: probed.mime,
        width: probed.width,
        height: probed.height,
        bytes,
        storageKey: keys[0] as string,
        variants: variants.map((v) => ({
          format: v.format,
          width: v.width,
          height: v.height,
          key: variantKey(id, v.width, v.format),
          bytes: v.data.length,
        })),
        credit,
        source,
        focalX: 0.5,
        focalY: 0.5,
        texts,
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      }
      try {
        const original = keys[0] as string
        await (Buffer.isBuffer(input.data) ? storage.put(original, input.data) : storage.putFile(original, input.data.file))
        await Promise.all(variants.map((v) => storage.put(variantKey(id, v.width, v.format), v.data)))
        await db.transaction().execute(async (trx) => {
          await insertMedia(trx, media)
          await recordAudit(trx, actor, at, { action: 'media.create', entityType: 'media', entityId: id })
        })
      } catch (err) {
        await Promise.all(keys.map((k) => storage.delete(k))) // no files without a row
        throw err
      }
      events.emit('media.created', { mediaId: id })
      return media
    },
  }
}

export type MediaService = ReturnType<typeof createMediaService>
