/**
 * The 提纲 view (讲话稿提纲 / Speech Outline) in the Explorer: the headings tree of the active speech
 * with each section's length and speaking time, from the server (`speech/outline`). Click a heading
 * to go there; drag it onto another to move it there; its context menu has the four moves.
 *
 * Typing asks for the outline again once it pauses; the tree keeps its items and tells VS Code only
 * about those that changed, so a keystroke in a long speech redraws a line or two, not the tree.
 */
import * as vscode from 'vscode';
import { RequestType, type BaseLanguageClient } from 'vscode-languageclient';
import { OutlineRequest, type OutlineNode } from '../../server/src/protocol';
import { figuresText } from './statistics';

export const OUTLINE_VIEW = 'speech.outline';
const MIME = 'application/vnd.code.tree.speech.outline';
const UPDATE_DELAY_MS = 300;

const outlineRequest = new RequestType<OutlineRequest.Params, OutlineRequest.Result, void>(OutlineRequest.method);

/** One heading or item of the tree, kept across updates while its place (parent, name, rank among equals) is the same. */
export interface OutlineElement {
  key: string;
  node: OutlineNode;
  parent?: OutlineElement;
  children: OutlineElement[];
}

/** What the view drops: where a section goes when dropped onto a heading. */
export type DropHandler = (source: OutlineElement, target: OutlineElement) => Promise<void>;

export class OutlineView implements vscode.TreeDataProvider<OutlineElement>, vscode.TreeDragAndDropController<OutlineElement>, vscode.Disposable {
  readonly dragMimeTypes = [MIME];
  readonly dropMimeTypes = [MIME];
  private readonly changed = new vscode.EventEmitter<OutlineElement | OutlineElement[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: OutlineElement[] = [];
  private elements = new Map<string, OutlineElement>();
  private byLine = new Map<number, OutlineElement>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly view: vscode.TreeView<OutlineElement>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** The document the tree shows and its version. */
  document: vscode.TextDocument | undefined;
  version = -1;
  /** Called after each update (the restructuring commands' context key follows the tree). */
  onUpdate: () => void = () => undefined;

  constructor(private readonly client: BaseLanguageClient, private readonly drop: DropHandler) {
    this.view = vscode.window.createTreeView(OUTLINE_VIEW, { treeDataProvider: this, dragAndDropController: this, showCollapseAll: true });
    this.disposables.push(
      this.view, this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) this.schedule(); }),
    );
    this.schedule(0);
  }

  /** The heading or item on `line` of the shown document, as of the last update. */
  elementAt(line: number): OutlineElement | undefined {
    return this.byLine.get(line);
  }

  schedule(delay = UPDATE_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'speech') return;
    const generation = ++this.generation;
    try {
      const outline = await this.client.sendRequest(outlineRequest, { textDocument: { uri: editor.document.uri.toString() } });
      if (generation !== this.generation) return;
      // Right after it opens, the server may not have the document yet: ask again shortly.
      if (!outline) { this.schedule(); return; }
      const replaced = this.document !== editor.document;
      this.document = editor.document;
      this.version = outline.version;
      this.view.description = outline.title !== undefined ? `${outline.title} · ${figuresText(outline.characters, outline.minutes)}` : figuresText(outline.characters, outline.minutes);
      this.reconcile(outline.nodes, replaced);
      this.onUpdate();
    } catch {
      // The server restarts or the document closed: the next event updates the tree.
    }
  }

  /** Puts the new nodes into the kept elements and tells VS Code which ones changed. */
  private reconcile(nodes: OutlineNode[], replaced: boolean): void {
    const kept = replaced ? new Map<string, OutlineElement>() : this.elements;
    const next = new Map<string, OutlineElement>();
    const changed = new Set<OutlineElement | undefined>();
    const build = (list: OutlineNode[], parent: OutlineElement | undefined): OutlineElement[] => {
      const seen = new Map<string, number>();
      return list.map((node) => {
        const base = `${parent?.key ?? ''}/${node.name}`;
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        const key = `${base}#${count}`;
        const old = kept.get(key);
        const element: OutlineElement = old ?? { key, node, parent, children: [] };
        if (old && !sameNode(old.node, node)) changed.add(old);
        element.node = node;
        element.parent = parent;
        const children = build(node.children, element);
        if (old && !sameKeys(old.children, children)) changed.add(old);
        element.children = children;
        next.set(key, element);
        return element;
      });
    };
    const roots = build(nodes, undefined);
    if (replaced || !sameKeys(this.roots, roots)) changed.add(undefined);
    this.roots = roots;
    this.elements = next;
    this.byLine = new Map([...next.values()].map((e) => [e.node.line, e]));
    if (changed.has(undefined)) this.changed.fire(undefined);
    else if (changed.size > 0) this.changed.fire([...changed] as OutlineElement[]);
  }

  getTreeItem(element: OutlineElement): vscode.TreeItem {
    const { node } = element;
    const state = element.children.length === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(node.name, state);
    item.id = element.key;
    item.description = figuresText(node.characters, node.minutes);
    item.tooltip = `${node.name}\n${item.description}`;
    item.contextValue = [node.kind, ...node.moves].join(' ');
    if (this.document) {
      const position = new vscode.Position(node.line, 0);
      item.command = { title: node.name, command: 'vscode.open', arguments: [this.document.uri, { selection: new vscode.Range(position, position) }] };
    }
    return item;
  }

  getChildren(element?: OutlineElement): OutlineElement[] {
    return element ? element.children : this.roots;
  }

  getParent(element: OutlineElement): OutlineElement | undefined {
    return element.parent;
  }

  handleDrag(source: readonly OutlineElement[], data: vscode.DataTransfer): void {
    const heading = source.find((e) => e.node.kind === 'heading');
    if (heading) data.set(MIME, new vscode.DataTransferItem(heading.key));
  }

  async handleDrop(target: OutlineElement | undefined, data: vscode.DataTransfer): Promise<void> {
    const key = data.get(MIME)?.value as string | undefined;
    const source = key !== undefined ? this.elements.get(key) : undefined;
    if (!source || !target || source === target || target.node.kind !== 'heading') return;
    await this.drop(source, target);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}

function sameNode(a: OutlineNode, b: OutlineNode): boolean {
  return a.line === b.line && a.characters === b.characters && a.minutes === b.minutes && a.moves.join() === b.moves.join();
}

function sameKeys(a: OutlineElement[], b: OutlineElement[]): boolean {
  return a.length === b.length && a.every((e, i) => e.key === b[i].key);
}
