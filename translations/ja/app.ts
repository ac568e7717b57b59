<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>See and touch a neural network while you learn how it works.</source>
        <translation>ニューラルネットワークを見て、さわって、そのしくみを学びましょう。</translation>
    </message>
    <message>
        <source>Click a neuron or a link on the canvas, drag its slider in the Inspector, and watch the outputs, the truth table and the activation plot follow. Then press Play and watch it learn.</source>
        <translation>キャンバス上のニューロンやリンクをクリックし、「インスペクタ」のスライダーをドラッグすると、出力・真理値表・活性化関数のグラフがそれに合わせて変わります。次に「開始」を押して、ネットワークが学習する様子を見てみましょう。</translation>
    </message>
    <message>
        <source>Bundled examples and datasets: {0}</source>
        <translation>同梱の例題とデータセット: {0}</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>MIT ライセンス</translation>
    </message>
    <message>
        <source>About Synaptica</source>
        <translation>Synaptica について</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>カンマ ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>セミコロン ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>縦線 |</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Point (1.5)</source>
        <translation>ピリオド (1.5)</translation>
    </message>
    <message>
        <source>Comma (1,5)</source>
        <translation>カンマ (1,5)</translation>
    </message>
    <message>
        <source>Yes: the first row names the columns</source>
        <translation>あり: 1 行目が列名</translation>
    </message>
    <message>
        <source>No: every row is data</source>
        <translation>なし: すべての行がデータ</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>使わない</translation>
    </message>
    <message>
        <source>One-hot encode them (one 0/1 column per value)</source>
        <translation>one-hot 表現にする (値ごとに 0/1 の列)</translation>
    </message>
    <message>
        <source>Classification (labels are classes)</source>
        <translation>分類 (ラベルはクラス)</translation>
    </message>
    <message>
        <source>Regression (labels are numbers to predict)</source>
        <translation>回帰 (ラベルは予測する数値)</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}。</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} の読み込み</translation>
    </message>
    <message>
        <source>The column that holds what the network should predict</source>
        <translation>ネットワークが予測する値の入った列</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>区切り文字:</translation>
    </message>
    <message>
        <source>Decimal separator:</source>
        <translation>小数点:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>見出し行:</translation>
    </message>
    <message>
        <source>Label column:</source>
        <translation>ラベルの列:</translation>
    </message>
    <message>
        <source>Text feature columns:</source>
        <translation>文字列の列:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>タスク:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde9b8&apos;&gt;&amp;nbsp;label&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;color:#9a9a9a&apos;&gt;skipped&lt;/span&gt; &amp;nbsp;· first rows of the file</source>
        <translation>&lt;span style=&apos;background:#fde9b8&apos;&gt;&amp;nbsp;ラベル&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;color:#9a9a9a&apos;&gt;使わない列&lt;/span&gt; &amp;nbsp;· ファイルの先頭の行</translation>
    </message>
    <message>
        <source>Reading… {0}</source>
        <translation>読み込み中… {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>Detect ({0})</source>
        <translation>自動検出 ({0})</translation>
    </message>
    <message>
        <source>{0} (label)</source>
        <translation>{0} (ラベル)</translation>
    </message>
    <message>
        <source>{0} (skipped)</source>
        <translation>{0} (不使用)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Set layer {layer} activation to {name}</source>
        <translation>層 {layer} の活性化関数を {name} に変更</translation>
    </message>
    <message>
        <source>Untitled network</source>
        <extracomment>The name of a network nobody named (stored in English; shown translated, see Document.shown_name).</extracomment>
        <translation>無題のネットワーク</translation>
    </message>
    <message>
        <source>Change the dataset</source>
        <translation>データセットの変更</translation>
    </message>
    <message>
        <source>Change the dataset and training settings</source>
        <translation>データセットと学習設定の変更</translation>
    </message>
    <message>
        <source>Change training settings</source>
        <translation>学習設定の変更</translation>
    </message>
    <message>
        <source>Change the classroom settings</source>
        <translation>授業モードの設定の変更</translation>
    </message>
    <message>
        <source>Rename the network</source>
        <translation>ネットワーク名の変更</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>説明の変更</translation>
    </message>
    <message>
        <source>Set inputs</source>
        <translation>入力値の設定</translation>
    </message>
    <message>
        <source>Set inputs to {0}</source>
        <translation>入力の数を {0} に変更</translation>
    </message>
    <message>
        <source>Set outputs to {0}</source>
        <translation>出力の数を {0} に変更</translation>
    </message>
    <message>
        <source>Set hidden layer {layer} to {size}</source>
        <translation>隠れ層 {layer} のニューロン数を {size} に変更</translation>
    </message>
    <message>
        <source>Insert hidden layer {0}</source>
        <translation>隠れ層 {0} の挿入</translation>
    </message>
    <message>
        <source>Remove hidden layer {0}</source>
        <translation>隠れ層 {0} の削除</translation>
    </message>
    <message>
        <source>Set weight {0}→{1}</source>
        <translation>重み {0}→{1} の設定</translation>
    </message>
    <message>
        <source>Set input {0}</source>
        <translation>入力 {0} の設定</translation>
    </message>
    <message>
        <source>Set bias of {0}</source>
        <translation>{0} のバイアスの設定</translation>
    </message>
</context>
<context>
    <name>ExamplesPanel</name>
    <message>
        <source>Bundled example networks. Double-click one to open it.</source>
        <translation>同梱の例題ネットワークです。ダブルクリックで開きます。</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>例題を開く</translation>
    </message>
    <message>
        <source>Open the selected example network (your current network is kept until you confirm)</source>
        <translation>選んだ例題ネットワークを開きます (確認するまで今のネットワークはそのまま残ります)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Networks (*.json *.onnx *.npz *.pkl);;Synaptica networks (*.json);;ONNX models (*.onnx);;NumPy weights (*.npz);;The textbook&apos;s pickled weights (*.pkl);;All files (*)</source>
        <translation>ネットワーク (*.json *.onnx *.npz *.pkl);;Synaptica のネットワーク (*.json);;ONNX モデル (*.onnx);;NumPy の重み (*.npz);;教科書の pickle 形式の重み (*.pkl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;NumPy script (.py)…</source>
        <extracomment>format -&gt; (menu text, file dialog filter, suffix added to the suggested name)</extracomment>
        <translation>NumPy スクリプト (.py)(&amp;N)…</translation>
    </message>
    <message>
        <source>NumPy script (*.py)</source>
        <translation>NumPy スクリプト (*.py)</translation>
    </message>
    <message>
        <source>&amp;PyTorch script (.py)…</source>
        <translation>PyTorch スクリプト (.py)(&amp;P)…</translation>
    </message>
    <message>
        <source>PyTorch script (*.py)</source>
        <translation>PyTorch スクリプト (*.py)</translation>
    </message>
    <message>
        <source>&amp;ONNX model (.onnx)…</source>
        <translation>ONNX モデル (.onnx)(&amp;O)…</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX モデル (*.onnx)</translation>
    </message>
    <message>
        <source>NumPy &amp;weights (.npz)…</source>
        <translation>NumPy の重み (.npz)(&amp;W)…</translation>
    </message>
    <message>
        <source>NumPy weights (*.npz)</source>
        <translation>NumPy の重み (*.npz)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>{name} holds the weights of {n} layers{shape} but not their activation functions. Which ones does the network use?</source>
        <translation>{name} には {n} 層{shape}の重みが入っていますが、活性化関数は入っていません。このネットワークで使う活性化関数を選んでください。</translation>
    </message>
    <message>
        <source>The textbook&apos;s MNIST network (sample_weight.pkl) uses &lt;b&gt;sigmoid&lt;/b&gt; hidden layers and a &lt;b&gt;softmax&lt;/b&gt; output.</source>
        <translation>教科書の MNIST 用ネットワーク (sample_weight.pkl) では、隠れ層が &lt;b&gt;sigmoid&lt;/b&gt;、出力層が &lt;b&gt;softmax&lt;/b&gt; です。</translation>
    </message>
    <message>
        <source>{name} holds the weights of {n} layer{shape} but not its activation function. Which one does the network use?</source>
        <translation>{name} には {n} 層{shape}の重みが入っていますが、活性化関数は入っていません。このネットワークで使う活性化関数を選んでください。</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>隠れ層:</translation>
    </message>
    <message>
        <source>Output layer:</source>
        <translation>出力層:</translation>
    </message>
    <message>
        <source>Could not open the network</source>
        <translation>ネットワークを開けませんでした</translation>
    </message>
    <message>
        <source>Imported {0} — Save As keeps it as a Synaptica network</source>
        <translation>{0} を読み込みました — 「名前を付けて保存」で Synaptica のネットワークとして保存できます</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export the network as a {0}</source>
        <translation>ネットワークを {0} としてエクスポートします</translation>
    </message>
    <message>
        <source>{0} (PNG, SVG)…</source>
        <translation>{0} (PNG, SVG)…</translation>
    </message>
    <message>
        <source>Save the {0} as a PNG or SVG image</source>
        <translation>{0}を PNG または SVG 画像として保存します</translation>
    </message>
    <message>
        <source>Loss &amp;history (.csv)…</source>
        <translation>損失の履歴 (.csv)(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the loss and accuracy per epoch as a CSV table</source>
        <translation>エポックごとの損失と認識精度を CSV の表として保存します</translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation>ネットワークのキャンバス</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>損失のグラフ</translation>
    </message>
    <message>
        <source>Probe sample plot</source>
        <translation>注目サンプルのグラフ</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>決定境界</translation>
    </message>
    <message>
        <source>Needs the onnx package: {0}</source>
        <translation>onnx パッケージが必要です: {0}</translation>
    </message>
    <message>
        <source>Export the network as an ONNX model (opens in Netron, runs in onnxruntime)</source>
        <translation>ネットワークを ONNX モデルとしてエクスポートします (Netron で開け、onnxruntime で実行できます)</translation>
    </message>
    <message>
        <source>No loss history yet: train the network first</source>
        <translation>損失の履歴はまだありません。先にネットワークを学習させてください</translation>
    </message>
    <message>
        <source>Package needed</source>
        <translation>パッケージが必要です</translation>
    </message>
    <message>
        <source>Exporting {suffix} files needs the {packages} package, which is not installed.

Install it with:
{command}</source>
        <translation>{suffix} ファイルのエクスポートには {packages} パッケージが必要ですが、インストールされていません。

次のコマンドでインストールできます:
{command}</translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation>{0} としてエクスポート</translation>
    </message>
    <message>
        <source>Could not export the network</source>
        <translation>ネットワークをエクスポートできませんでした</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0} をエクスポートしました</translation>
    </message>
    <message>
        <source>Exported {name} ({format}).</source>
        <translation>{name} ({format}) をエクスポートしました。</translation>
    </message>
    <message>
        <source>Save the {0} as an image</source>
        <translation>{0}を画像として保存</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}</source>
        <translation>{what}を {path} に保存しました</translation>
    </message>
    <message>
        <source>No loss history</source>
        <translation>損失の履歴がありません</translation>
    </message>
    <message>
        <source>There is no loss history yet: train the network first.</source>
        <translation>損失の履歴はまだありません。先にネットワークを学習させてください。</translation>
    </message>
    <message>
        <source>Save the loss history</source>
        <translation>損失の履歴を保存</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV の表 (*.csv)</translation>
    </message>
    <message>
        <source>Saved {count} epochs of loss history to {path}</source>
        <translation>{count} エポック分の損失の履歴を {path} に保存しました</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>エクスポート完了</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Synaptica networks (*.json);;All files (*)</source>
        <translation>Synaptica のネットワーク (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>ネットワークを開く</translation>
    </message>
    <message>
        <source>Could not open the network</source>
        <translation>ネットワークを開けませんでした</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} を開きました</translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation>名前を付けてネットワークを保存</translation>
    </message>
    <message>
        <source>Could not save the network</source>
        <translation>ネットワークを保存できませんでした</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>“{0}” has unsaved changes. Save them first?</source>
        <translation>「{0}」には保存されていない変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>input layer</source>
        <translation>入力層</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>出力層</translation>
    </message>
    <message>
        <source>hidden layer {0}</source>
        <translation>隠れ層 {0}</translation>
    </message>
    <message>
        <source>The open network&apos;s name and description (File → Examples has more)</source>
        <translation>開いているネットワークの名前と説明 (ほかの例題は「ファイル → 例題」にあります)</translation>
    </message>
    <message>
        <source>Click a neuron or a link to inspect it.</source>
        <translation>ニューロンかリンクをクリックすると、ここで調べて編集できます。</translation>
    </message>
    <message>
        <source>Then drag its sliders, type exact values, or use the arrow keys (±0.1, Shift ±0.01)</source>
        <translation>スライダーをドラッグするか、値を直接入力するか、矢印キーを使います (±0.1、Shift で ±0.01)</translation>
    </message>
    <message>
        <source>The open network at a glance</source>
        <translation>開いているネットワークの概要</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>層</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>weight from {src} ({src_layer}) to {dst} ({dst_layer})</source>
        <translation>{src} ({src_layer}) から {dst} ({dst_layer}) への重み</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Weight of the link {0} → {1}</source>
        <translation>リンク {0} → {1} の重み</translation>
    </message>
    <message>
        <source>What this link adds to {0}&apos;s pre-activation: its input times its weight</source>
        <translation>このリンクが {0} の重み付き和 a に加える量: 入力 × 重み</translation>
    </message>
    <message>
        <source>input {0} of {1}: the value fed into the network</source>
        <translation>入力 {0} / {1}: ネットワークに与える値</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Value of input {0}</source>
        <translation>入力 {0} の値</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>バイアス</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>slider range</source>
        <translation>スライダーの範囲</translation>
    </message>
    <message>
        <source>Range of the bias and weight sliders on this page.
A slider widens by itself when its value lies outside it.</source>
        <translation>このページのバイアスと重みのスライダーの範囲です。
値が範囲の外に出ると、スライダーの範囲は自動的に広がります。</translation>
    </message>
    <message>
        <source>neuron {index} of {count} in the {layer}</source>
        <translation>{layer}のニューロン {index} / {count}</translation>
    </message>
    <message>
        <source>Bias b of {0}: added to its weighted inputs</source>
        <translation>{0} のバイアス b: 重み付きの入力の和に加えられます</translation>
    </message>
    <message>
        <source>Activation function f of every neuron in the {layer} ({count} neurons)</source>
        <translation>{layer} のすべてのニューロン ({count} 個) の活性化関数 f</translation>
    </message>
    <message>
        <source>{0}.
softmax is only offered for the output layer.</source>
        <translation>{0}。
softmax は出力層でのみ選べます。</translation>
    </message>
    <message>
        <source>(all {0} neurons of this layer)</source>
        <translation>(この層の {0} 個すべて)</translation>
    </message>
    <message>
        <source>a = Σ wᵢ·xᵢ + b is the pre-activation, y = f(a) the neuron&apos;s output</source>
        <translation>a = Σ wᵢ·xᵢ + b は重み付き和、y = f(a) はニューロンの出力です</translation>
    </message>
    <message>
        <source>incoming weights</source>
        <translation>入力側の重み</translation>
    </message>
    <message>
        <source>showing {0} of {1}</source>
        <translation>{1} 個中 {0} 個を表示</translation>
    </message>
    <message>
        <source>Only the first {0} incoming weights get a slider; select a link on the canvas to edit any other</source>
        <translation>スライダーがあるのは最初の {0} 個の重みだけです。ほかの重みは、キャンバス上でリンクを選んで編集してください</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>システムの設定 ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Synaptica will speak {0} the next time it starts.</source>
        <translation>次回の起動から Synaptica は {0} で表示されます。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>あとで</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <extracomment>Bumped when the default dock layout changes, so an old saved layout does not hide the new one.</extracomment>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>例題</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Truth table</source>
        <translation>真理値表</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Activation function</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation>新しいネットワーク(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new network with chosen layer sizes, activations and seed</source>
        <translation>層のサイズ・活性化関数・シードを選んで、新しいネットワークを作ります</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a network file (.json, or .onnx, .npz, .pkl from other tools)</source>
        <translation>ネットワークのファイルを開きます (.json、またはほかのツールの .onnx、.npz、.pkl)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>ネットワークを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the network to a new file</source>
        <translation>ネットワークを新しいファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Synaptica</source>
        <translation>Synaptica を終了します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>ネットワーク全体を表示します</translation>
    </message>
    <message>
        <source>Add &amp;hidden layer</source>
        <translation>隠れ層を追加(&amp;H)</translation>
    </message>
    <message>
        <source>Insert a hidden layer after the selected layer (or before the outputs)</source>
        <translation>選んだ層の後ろ (選択がなければ出力層の前) に隠れ層を挿入します</translation>
    </message>
    <message>
        <source>&amp;Remove hidden layer</source>
        <translation>隠れ層を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected hidden layer (or the last one)</source>
        <translation>選んだ隠れ層 (選択がなければ最後の隠れ層) を削除します</translation>
    </message>
    <message>
        <source>Add &amp;neuron</source>
        <translation>ニューロンを追加(&amp;N)</translation>
    </message>
    <message>
        <source>Add a neuron to the selected neuron&apos;s layer</source>
        <translation>選んだニューロンの層にニューロンを 1 個追加します</translation>
    </message>
    <message>
        <source>Remove neuron</source>
        <translation>ニューロンを削除</translation>
    </message>
    <message>
        <source>Remove a neuron from the selected neuron&apos;s layer</source>
        <translation>選んだニューロンの層からニューロンを 1 個削除します</translation>
    </message>
    <message>
        <source>Number of &amp;inputs…</source>
        <translation>入力の数(&amp;I)…</translation>
    </message>
    <message>
        <source>Change how many inputs the network has</source>
        <translation>ネットワークの入力の数を変えます</translation>
    </message>
    <message>
        <source>Number of &amp;outputs…</source>
        <translation>出力の数(&amp;O)…</translation>
    </message>
    <message>
        <source>Change how many outputs the network has</source>
        <translation>ネットワークの出力の数を変えます</translation>
    </message>
    <message>
        <source>&amp;About Synaptica</source>
        <translation>Synaptica について(&amp;A)</translation>
    </message>
    <message>
        <source>Quick &amp;tour</source>
        <translation>クイックツアー(&amp;T)</translation>
    </message>
    <message>
        <source>Seven steps through what Synaptica shows</source>
        <translation>Synaptica でできることを 7 つのステップで紹介します</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>例題(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}。</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Network shape, parameter count and current outputs</source>
        <translation>ネットワークの形、パラメータ数、現在の出力</translation>
    </message>
    <message>
        <source>Number of inputs</source>
        <translation>入力の数</translation>
    </message>
    <message>
        <source>How many inputs?</source>
        <translation>入力はいくつにしますか？</translation>
    </message>
    <message>
        <source>Number of outputs</source>
        <translation>出力の数</translation>
    </message>
    <message>
        <source>How many outputs?</source>
        <translation>出力はいくつにしますか？</translation>
    </message>
    <message>
        <source>largest output {label} = {value}</source>
        <translation>最大の出力 {label} = {value}</translation>
    </message>
    <message>
        <source>{sizes} · {count} parameters · {outputs}</source>
        <translation>{sizes} · パラメータ {count} 個 · {outputs}</translation>
    </message>
    <message>
        <source>Quick tour</source>
        <translation>クイックツアー</translation>
    </message>
</context>
<context>
    <name>NewNetworkDialog</name>
    <message>
        <source>write the layer sizes from inputs to outputs, e.g. 2-3-1</source>
        <translation>層のサイズを入力から出力の順に書いてください (例: 2-3-1)</translation>
    </message>
    <message>
        <source>every layer needs at least one neuron</source>
        <translation>どの層にも 1 個以上のニューロンが必要です</translation>
    </message>
    <message>
        <source>layers are limited to {0} neurons here</source>
        <translation>1 つの層のニューロンは {0} 個までです</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>新しいネットワーク</translation>
    </message>
    <message>
        <source>Choose later</source>
        <translation>あとで選ぶ</translation>
    </message>
    <message>
        <source>What the network will learn: picks a network that can learn it and the training settings (loss, optimizer, learning rate) that work</source>
        <translation>ネットワークに学習させるデータです。それを学習できるネットワークと、うまくいく学習設定 (損失関数・最適化手法・学習率) が選ばれます</translation>
    </message>
    <message>
        <source>Neurons per layer from inputs to outputs, e.g. 2-8-8-1</source>
        <translation>入力から出力までの各層のニューロン数 (例: 2-8-8-1)</translation>
    </message>
    <message>
        <source>Activation function of every hidden layer</source>
        <translation>すべての隠れ層の活性化関数</translation>
    </message>
    <message>
        <source>Activation function of the output layer (softmax turns scores into probabilities)</source>
        <translation>出力層の活性化関数 (softmax はスコアを確率に変えます)</translation>
    </message>
    <message>
        <source>How the starting weights are drawn: zeros, normal (std 0.01), xavier √(1/n), he √(2/n)</source>
        <translation>重みの初期値の決め方: zeros、normal (標準偏差 0.01)、xavier √(1/n)、he √(2/n)</translation>
    </message>
    <message>
        <source>Random seed: the same seed always gives the same starting weights</source>
        <translation>乱数のシード: 同じシードからは必ず同じ重みの初期値が得られます</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Layer sizes</source>
        <translation>層のサイズ</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>隠れ層の活性化関数</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>出力層の活性化関数</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>New {0} network</source>
        <translation>新しい {0} ネットワーク</translation>
    </message>
    <message>
        <source>New {shape} network for {dataset}</source>
        <translation>{dataset} 用の新しい {shape} ネットワーク</translation>
    </message>
    <message>
        <source>{problems} For example: {proposal}.</source>
        <translation>{problems} 例: {proposal}。</translation>
    </message>
</context>
<context>
    <name>RangeCombo</name>
    <message>
        <source>Slider range. It widens by itself when a value lies outside it.</source>
        <translation>スライダーの範囲です。値が範囲の外に出ると自動的に広がります。</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>{first} {second}</source>
        <extracomment>Language code → its name in that language (as a language menu shows it).</extracomment>
        <translation>{first}{second}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>A perceptron is a logic gate.</source>
        <translation>パーセプトロンは論理ゲートです。</translation>
    </message>
    <message>
        <source>File → Examples → AND gate. Click the output neuron and drag its bias in the Inspector from −0.7 to −0.2: the Truth table now says it computes OR.</source>
        <translation>「ファイル → 例題 → AND ゲート」を開きます。出力ニューロンをクリックし、「インスペクタ」でバイアスを −0.7 から −0.2 までドラッグすると、真理値表は OR を計算していることを示します。</translation>
    </message>
    <message>
        <source>XOR needs two layers.</source>
        <translation>XOR には 2 層が必要です。</translation>
    </message>
    <message>
        <source>Examples → XOR: a NAND and an OR neuron feed an AND neuron. Hover a neuron to read its formula, a = w·x + b → f(a).</source>
        <translation>「例題 → NAND・OR・AND で作る XOR」では、NAND と OR のニューロンが AND のニューロンにつながっています。ニューロンにマウスを重ねると、その式 a = w·x + b → f(a) が表示されます。</translation>
    </message>
    <message>
        <source>Forward propagation.</source>
        <translation>順伝播を追います。</translation>
    </message>
    <message>
        <source>Examples → the textbook&apos;s 3-layer network opens on x = (1.0, 0.5) and shows the book&apos;s outputs. Change the inputs and follow the values layer by layer.</source>
        <translation>「例題 → 3 層ネットワーク (教科書)」は x = (1.0, 0.5) で開き、本と同じ出力を示します。入力を変えて、値が層から層へ伝わる様子を追ってみましょう。</translation>
    </message>
    <message>
        <source>Activation functions.</source>
        <translation>活性化関数を選びます。</translation>
    </message>
    <message>
        <source>Select a neuron and pick its layer&apos;s activation; the Activation panel marks where the neuron sits on f (tick “show derivative” for f′).</source>
        <translation>ニューロンを選び、その層の活性化関数を選びます。「活性化関数」パネルには、そのニューロンが f のどこにあるかが表示されます (f′ を見るには「導関数を表示」にチェック)。</translation>
    </message>
    <message>
        <source>Train.</source>
        <translation>学習させます。</translation>
    </message>
    <message>
        <source>File → New network…, pick a dataset (say Spiral): the dialog proposes a network that can learn it and the settings that work. Press Play (Space) and watch the loss and the decision boundary. If a run does not learn, the Training tab says why and fixes it with one click. Ctrl+Z undoes a whole run.</source>
        <translation>「ファイル → 新しいネットワーク…」でデータセット (たとえば「渦巻き」) を選ぶと、それを学習できるネットワークとうまくいく設定が提案されます。「開始」 (Space キー) を押して、損失と決定境界を見てみましょう。うまく学習できないときは、「学習」パネルが理由を示し、ワンクリックで直せます。Ctrl+Z で学習 1 回分をまとめて元に戻せます。</translation>
    </message>
    <message>
        <source>Learn step by step.</source>
        <translation>一歩ずつ学びます。</translation>
    </message>
    <message>
        <source>Lessons (F2) walk from one perceptron to Adam, each with a goal the app checks; the Learn menu (F5–F8) steps through forward and backward passes with the numbers; the Labs menu has small experiments (optimizer playground, derivatives, activations, draw your own data or digits).</source>
        <translation>レッスン (F2) では、1 つのパーセプトロンから Adam まで、アプリが達成を確認する目標つきで進みます。「学習のしくみ」メニュー (F5–F8) では、順伝播と逆伝播を数値つきで 1 ステップずつたどれます。「実験室」メニューには小さな実験があります (最適化手法の実験、微分、活性化関数、自分でデータや数字を描く)。</translation>
    </message>
    <message>
        <source>Save.</source>
        <translation>保存します。</translation>
    </message>
    <message>
        <source>Files keep every weight exactly, the training settings and the loss curve.</source>
        <translation>ファイルには、すべての重みが正確に、学習設定と損失の曲線とともに保存されます。</translation>
    </message>
</context>
<context>
    <name>UndoBudget</name>
    <message>
        <source>Undo keeps up to {0} MB of steps; the oldest are dropped first</source>
        <translation>元に戻す履歴は最大 {0} MB まで保持され、古いものから削除されます</translation>
    </message>
</context>
<context>
    <name>ValueSlider</name>
    <message>
        <source>Drag to change (one drag = one undo step; hold Shift for a finer drag). Arrow keys or wheel: ±0.01, with Shift: ±0.001.</source>
        <translation>ドラッグで変更します (ドラッグ 1 回分を 1 回で元に戻せます。Shift を押しながらドラッグすると細かく動きます)。矢印キーやホイール: ±0.01、Shift 併用: ±0.001。</translation>
    </message>
    <message>
        <source>Type an exact value and press Enter. Up/Down or wheel: ±0.01, with Shift: ±0.001.</source>
        <translation>正確な値を入力して Enter を押します。上下キーやホイール: ±0.01、Shift 併用: ±0.001。</translation>
    </message>
</context>
</TS>
