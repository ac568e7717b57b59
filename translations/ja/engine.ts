<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>engine</name>
    <message>
        <source>softmax steps need one non-empty vector a, got shape {shape}</source>
        <translation>softmax の手順には空でないベクトル a が 1 つ必要ですが、形は {shape} でした</translation>
    </message>
    <message>
        <source>Central differences with h = {h:g} differ from the exact derivative by about h² ≈ 1e-8, plus rounding; a correct backprop therefore agrees to better than {threshold:g}, while a wrong derivative is off by 1e-2 or more. Relative error = |backprop − numerical| / max(|backprop|, |numerical|, {scale:g} × the largest gradient): the last digits of gradients far smaller than the rest are rounding noise (and the loss&apos;s log(y + 1e-7) guard), so they are judged against that scale.</source>
        <translation>h = {h:g} の中心差分は、正確な微分と h² ≈ 1e-8 程度 (と丸め誤差) しか違いません。したがって正しい誤差逆伝播法なら {threshold:g} より良く一致し、微分が間違っていれば 1e-2 以上ずれます。相対誤差 = |誤差逆伝播法 − 数値微分| / max(|誤差逆伝播法|, |数値微分|, {scale:g} × 最大の勾配)。ほかよりずっと小さな勾配の末尾の桁は丸めのノイズ (と損失関数の log(y + 1e-7) の保護) なので、その尺度で判定します。</translation>
    </message>
    <message>
        <source>backprop uses h(a) where h′(a) belongs (a classic slip)</source>
        <translation>誤差逆伝播法で h′(a) を使うべきところに h(a) を使っている (よくある間違い)</translation>
    </message>
    <message>
        <source>Failed: {where} is off by {error:.1e} (limit {threshold:g}); backprop {backprop:.6g}, central differences {numerical:.6g}.</source>
        <translation>不合格: {where} が {error:.1e} ずれています (上限 {threshold:g})。誤差逆伝播法 {backprop:.6g}、中心差分 {numerical:.6g}。</translation>
    </message>
    <message>
        <source>Layer {layer} uses the step function. Its derivative is 0 everywhere except at a = 0, so every gradient that passes through it is 0: W1…W{layer} and b1…b{layer} get zero gradients from backprop and from central differences alike (nudging a weight by h changes no output). Gradient descent cannot learn through step units; the perceptron rule can.</source>
        <translation>層 {layer} はステップ関数を使っています。その微分は a = 0 以外のどこでも 0 なので、そこを通る勾配はすべて 0 です。W1…W{layer} と b1…b{layer} の勾配は、誤差逆伝播法でも中心差分でも 0 になります (重みを h だけ動かしても出力は変わりません)。勾配降下法はステップ関数のニューロンを通して学習できませんが、パーセプトロンの学習則ならできます。</translation>
    </message>
    <message>
        <source>An output the loss takes the log of is as small as {smallest:.2g}. The loss computes log(y + 1e-7) so that log(0) never happens, but backprop differentiates log(y): the two differ by about 1e-7 / y ≈ {effect:.1g} relative, which central differences see. Not a bug in backprop.</source>
        <translation>損失関数が対数をとる出力に、{smallest:.2g} という小さな値があります。損失関数は log(0) にならないよう log(y + 1e-7) を計算しますが、誤差逆伝播法は log(y) を微分します。両者は相対的に 1e-7 / y ≈ {effect:.1g} ほど違い、中心差分にはそれが見えます。誤差逆伝播法のバグではありません。</translation>
    </message>
    <message>
        <source>Passed: every parameter agrees to within {threshold:g} (largest {error:.1e} at {where}).</source>
        <translation>合格: すべてのパラメータが {threshold:g} 以内で一致しています (最大は {where} の {error:.1e})。</translation>
    </message>
    <message>
        <source>{failed} The check caught the planted bug: {bug}.</source>
        <translation>{failed}仕込んだバグを確認で見つけました: {bug}。</translation>
    </message>
    <message>
        <source>{failed} See the notes below: this can happen without a bug.</source>
        <translation>{failed}下の注意を見てください: バグがなくても起こりえます。</translation>
    </message>
    <message>
        <source>Layer {layer} ({activation}): {close} of its a values lie within {reach:.1g} of the kink at 0 (e.g. a zero bias with all-zero inputs). Nudging a parameter by h crosses the kink, so central differences average two slopes there and may disagree with backprop without any bug.</source>
        <translation>層 {layer} ({activation}): a の値のうち {close} 個が、0 の折れ目から {reach:.1g} 以内にあります (たとえばバイアスが 0 で入力がすべて 0 のとき)。パラメータを h だけ動かすと折れ目をまたぐので、中心差分は 2 つの傾きの平均になり、バグがなくても誤差逆伝播法と一致しないことがあります。</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散しました</translation>
    </message>
    <message>
        <source>barely moved</source>
        <translation>ほとんど動きません</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>収束しました</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>収束に向かっています</translation>
    </message>
    <message>
        <source>A parabola: its central difference has no truncation error at any h, so only rounding shows (choose sin x to see the h² slope).</source>
        <translation>放物線: 中心差分にはどんな h でも打ち切り誤差がなく、丸め誤差だけが見えます (h² の傾きを見るには sin x を選んでください)。</translation>
    </message>
    <message>
        <source>{what}: enter at least one number</source>
        <translation>{what}: 数を 1 つ以上入力してください</translation>
    </message>
    <message>
        <source>{what}: entry {entry} ({token!r}) is not a finite number</source>
        <translation>{what}: {entry} 番目の値 ({token!r}) は有限の数ではありません</translation>
    </message>
    <message>
        <source>{what}: entry {entry} ({token!r}) is not a number</source>
        <translation>{what}: {entry} 番目の値 ({token!r}) は数ではありません</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>expected a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>{low:g} から {high:g} までの数値が必要ですが、{value!r} でした</translation>
    </message>
    <message>
        <source>expected an object such as {example}, got {value!r}</source>
        <translation>{example} のようなオブジェクトが必要ですが、{value!r} でした</translation>
    </message>
    <message>
        <source>expected a list of names from {names}, got {hide!r}</source>
        <translation>{names} から選んだ名前のリストが必要ですが、{hide!r} でした</translation>
    </message>
    <message>
        <source>unknown key (known: {keys})</source>
        <translation>不明なキーです (使えるキー: {keys})</translation>
    </message>
    <message>
        <source>Synaptica cannot import from {format} ({what}); it can import from {allowed}</source>
        <translation>Synaptica は {format} ({what}) から読み込めません。読み込めるのは {allowed} です</translation>
    </message>
    <message>
        <source>Synaptica cannot export to {format} ({what}); it can export to {allowed}</source>
        <translation>Synaptica は {format} ({what}) に書き出せません。書き出せるのは {allowed} です</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>{file} の読み込み</translation>
    </message>
    <message>
        <source>writing {file} ({what})</source>
        <translation>{file} ({what}) の書き出し</translation>
    </message>
    <message>
        <source>{file}: cannot tell the format from the extension {extension!r}; use one of {known}, or say which with --format</source>
        <translation>{file}: 拡張子 {extension!r} から形式がわかりません。{known} のどれかを使うか、--format で指定してください</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{doing} needs the {packages} package, which is not installed; install it with: {hint}</source>
        <translation>{doing}には {packages} パッケージが必要ですが、インストールされていません。次のコマンドでインストールしてください: {hint}</translation>
    </message>
    <message>
        <source>{file}: the destination is the source itself; choose another name</source>
        <translation>{file}: 書き出し先が元のファイルと同じです。別の名前を選んでください</translation>
    </message>
    <message>
        <source>unknown format {format!r}; choose one of {formats}</source>
        <translation>不明な形式 {format!r} です。{formats} のどれかを選んでください</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: {reason}</source>
        <translation>{file}: ファイルを読み込めません: {reason}</translation>
    </message>
    <message>
        <source>{file}: &apos;activations&apos; lists {count} names but there are {layers} weight layers; give one name per layer</source>
        <translation>{file}: &apos;activations&apos; には名前が {count} 個ありますが、重みの層は {layers} 層です。層ごとに 1 つの名前を指定してください</translation>
    </message>
    <message>
        <source>{file} holds the weights of {layers} layers but not their activation functions; name them with {needed} (the textbook&apos;s sample_weight.pkl network uses --hidden sigmoid --output softmax)</source>
        <translation>{file} には {layers} 層の重みはありますが、活性化関数がありません。{needed} で指定してください (教科書の sample_weight.pkl のネットワークは --hidden sigmoid --output softmax です)</translation>
    </message>
    <message>
        <source>{file}: no weights found (expected arrays named W1, b1, W2, b2, …)</source>
        <translation>{file}: 重みが見つかりません (W1, b1, W2, b2, … という名前の配列のはずです)</translation>
    </message>
    <message>
        <source>{file}: {layers:,} layers is more than the limit of {limit:,}</source>
        <translation>{file}: {layers:,} 層は上限の {limit:,} 層を超えています</translation>
    </message>
    <message>
        <source>{file}: {key} is a {type}, not an array</source>
        <translation>{file}: {key} は配列ではなく {type} です</translation>
    </message>
    <message>
        <source>{file}: {key} holds {dtype} values; expected real numbers</source>
        <translation>{file}: {key} の値は {dtype} です。実数が必要です</translation>
    </message>
    <message>
        <source>{file}: {key} holds values that are not finite (NaN or infinity)</source>
        <translation>{file}: {key} に有限でない値 (NaN か無限大) があります</translation>
    </message>
    <message>
        <source>A {sizes} network imported from {file}.</source>
        <translation>{file} から読み込んだ {sizes} のネットワーク。</translation>
    </message>
    <message>
        <source>{file}: the file is {size:.0f} MB; the limit is {limit} MB</source>
        <translation>{file}: ファイルのサイズが {size:.0f} MB あります。上限は {limit} MB です</translation>
    </message>
    <message>
        <source>{file}: unknown activation {name!r} for layer {layer}; choose one of {names}</source>
        <translation>{file}: 層 {layer} の活性化関数 {name!r} は不明です。{names} のどれかを選んでください</translation>
    </message>
    <message>
        <source>{file}: layer {layer} is a hidden layer, which cannot use {name} (it belongs on the output layer); hidden layers can use {names}</source>
        <translation>{file}: 層 {layer} は隠れ層なので {name} は使えません (出力層用です)。隠れ層で使えるのは {names} です</translation>
    </message>
    <message>
        <source>{file}: unexpected entry {key!r}; a network&apos;s weight file holds only W1…WL, b1…bL (and activations)</source>
        <translation>{file}: 予期しない項目 {key!r} があります。ネットワークの重みファイルに入るのは W1…WL, b1…bL (と activations) だけです</translation>
    </message>
    <message>
        <source>{file}: {letter}{k} has no matching {other}{k}</source>
        <translation>{file}: {letter}{k} に対応する {other}{k} がありません</translation>
    </message>
    <message>
        <source>{file}: W{k} is a 4-D array of shape {shape}, the filters of a convolution layer; Synaptica shows dense (fully connected) layers only</source>
        <translation>{file}: W{k} は形 {shape} の 4 次元配列で、畳み込み層のフィルターです。Synaptica が表示できるのは全結合層だけです</translation>
    </message>
    <message>
        <source>{file}: W{k} has shape {shape}; expected a 2-D (inputs, outputs) matrix</source>
        <translation>{file}: W{k} の形は {shape} です。2 次元の (入力, 出力) 行列が必要です</translation>
    </message>
    <message>
        <source>{file}: b{k} has shape {shape} but W{k} {w_shape} needs ({needed},)</source>
        <translation>{file}: b{k} の形は {shape} ですが、W{k} {w_shape} には ({needed},) が必要です</translation>
    </message>
    <message>
        <source>{file}: W{k} has {rows} rows but layer {previous} has {outputs} outputs; W{k} needs one row per output of layer {previous}</source>
        <translation>{file}: W{k} は {rows} 行ですが、層 {previous} の出力は {outputs} 個です。W{k} には層 {previous} の出力ごとに 1 行が必要です</translation>
    </message>
    <message>
        <source>{file}: W{k} {shape} has a layer larger than the limit of {limit:,} neurons</source>
        <translation>{file}: W{k} {shape} には上限の {limit:,} ニューロンを超える層があります</translation>
    </message>
    <message>
        <source>{file}: more than {limit:,} weights, the limit</source>
        <translation>{file}: 重みが上限の {limit:,} 個を超えています</translation>
    </message>
    <message>
        <source>{file}: {letter}{k} is missing (there are {layers} weight matrices, so W1…W{layers} and b1…b{layers} are expected)</source>
        <translation>{file}: {letter}{k} がありません (重み行列が {layers} 個あるので、W1…W{layers} と b1…b{layers} が必要です)</translation>
    </message>
    <message>
        <source>{file}: holds a single array, not a weight archive (save W1, b1, … with np.savez)</source>
        <translation>{file}: 配列が 1 つだけ入っていて、重みのアーカイブではありません (W1, b1, … は np.savez で保存してください)</translation>
    </message>
    <message>
        <source>{file}: not a readable .npz archive ({reason})</source>
        <translation>{file}: 読み込める .npz アーカイブではありません ({reason})</translation>
    </message>
    <message>
        <source>{file}: activations must be a 1-D array of names like [&apos;sigmoid&apos;, &apos;softmax&apos;], got {dtype} of shape {shape}</source>
        <translation>{file}: activations は [&apos;sigmoid&apos;, &apos;softmax&apos;] のような名前の 1 次元配列でなければなりませんが、形 {shape} の {dtype} でした</translation>
    </message>
    <message>
        <source>{file}: {key} cannot be read ({reason})</source>
        <translation>{file}: {key} を読み込めません ({reason})</translation>
    </message>
    <message>
        <source>{file}: {key} holds Python objects (a pickle), which Synaptica does not load; save plain numeric arrays</source>
        <translation>{file}: {key} には Python のオブジェクト (pickle) が入っていて、Synaptica は読み込みません。ふつうの数値の配列で保存してください</translation>
    </message>
    <message>
        <source>Synaptica opens multilayer perceptrons: a chain of Gemm or MatMul+Add layers with Relu, Sigmoid, Tanh, LeakyRelu, Softmax or Identity</source>
        <translation>Synaptica が開けるのは多層パーセプトロンです: Relu、Sigmoid、Tanh、LeakyRelu、Softmax、Identity を伴う Gemm または MatMul+Add の層の連なり</translation>
    </message>
    <message>
        <source>{op} node {node}</source>
        <translation>{op} ノード {node}</translation>
    </message>
    <message>
        <source>{file}: not an ONNX model (its graph has no operators)</source>
        <translation>{file}: ONNX モデルではありません (グラフに演算子がありません)</translation>
    </message>
    <message>
        <source>{file}: not a readable ONNX model ({reason})</source>
        <translation>{file}: 読み込める ONNX モデルではありません ({reason})</translation>
    </message>
    <message>
        <source>has {inputs} inputs and {outputs} outputs; a multilayer perceptron has one of each</source>
        <translation>入力が {inputs} 個、出力が {outputs} 個あります。多層パーセプトロンにはそれぞれ 1 つずつです</translation>
    </message>
    <message>
        <source>the operator {op} (node {node}) is off the chain from input to output; {works}, one after another</source>
        <translation>演算子 {op} (ノード {node}) が入力から出力への連なりから外れています。{works}が 1 つずつ続く形です</translation>
    </message>
    <message>
        <source>has no dense layer (Gemm or MatMul)</source>
        <translation>全結合層 (Gemm または MatMul) がありません</translation>
    </message>
    <message>
        <source>its input {name!r} is not a floating-point tensor</source>
        <translation>入力 {name!r} が浮動小数点のテンソルではありません</translation>
    </message>
    <message>
        <source>{where}: a Cast is understood only as part of a step function, Cast(Greater(a, 0))</source>
        <translation>{where}: Cast はステップ関数 Cast(Greater(a, 0)) の一部としてしか扱えません</translation>
    </message>
    <message>
        <source>{where}: an activation before the first dense layer</source>
        <translation>{where}: 最初の全結合層より前に活性化関数があります</translation>
    </message>
    <message>
        <source>{where}: a second activation after {first} in one layer</source>
        <translation>{where}: 1 つの層で {first} の後に 2 つ目の活性化関数があります</translation>
    </message>
    <message>
        <source>{where}: leaky ReLU with slope {slope:g}; Synaptica&apos;s leaky ReLU has slope {ours:g}</source>
        <translation>{where}: 傾き {slope:g} の Leaky ReLU です。Synaptica の Leaky ReLU の傾きは {ours:g} です</translation>
    </message>
    <message>
        <source>{where}: softmax over axis {axis}; only the features axis (-1) is supported</source>
        <translation>{where}: 軸 {axis} での softmax です。使えるのは特徴量の軸 (-1) だけです</translation>
    </message>
    <message>
        <source>{where}: a Greater is understood only as a step function, Cast(Greater(a, 0)) right after a dense layer</source>
        <translation>{where}: Greater は全結合層の直後のステップ関数 Cast(Greater(a, 0)) としてしか扱えません</translation>
    </message>
    <message>
        <source>{where}: a Greater must be followed by a Cast to float (the step function)</source>
        <translation>{where}: Greater の後には float への Cast が必要です (ステップ関数)</translation>
    </message>
    <message>
        <source>{where}: its weights {name!r} are computed, not stored; only stored weights (initializers) can be shown</source>
        <translation>{where}: 重み {name!r} は保存されておらず計算で求められます。表示できるのは保存された重み (initializer) だけです</translation>
    </message>
    <message>
        <source>{where}: weights of shape {shape}; a dense layer has a 2-D matrix</source>
        <translation>{where}: 重みの形が {shape} です。全結合層の重みは 2 次元の行列です</translation>
    </message>
    <message>
        <source>{where}: weights for {inputs} inputs but the model&apos;s input has {features} features</source>
        <translation>{where}: 重みは入力 {inputs} 個用ですが、モデルの入力の特徴量は {features} 個です</translation>
    </message>
    <message>
        <source>uses the operator {op} (node {node}), which the canvas cannot show; {works}</source>
        <translation>演算子 {op} (ノード {node}) を使っていて、キャンバスには表示できません。{works}</translation>
    </message>
    <message>
        <source>the tensor {tensor!r} leads nowhere: the graph does not reach its output {output!r} in one chain</source>
        <translation>テンソル {tensor!r} はどこにもつながっていません: グラフが 1 本の連なりで出力 {output!r} に届いていません</translation>
    </message>
    <message>
        <source>branches: the tensor {tensor!r} feeds {count} operators ({ops}); {works}, one after another</source>
        <translation>分岐しています: テンソル {tensor!r} が {count} 個の演算子 ({ops}) に入っています。{works}が 1 つずつ続く形です</translation>
    </message>
    <message>
        <source>{where}: only a Flatten(axis=1) before the first layer is supported</source>
        <translation>{where}: 使えるのは最初の層の前の Flatten(axis=1) だけです</translation>
    </message>
    <message>
        <source>{where}: the data must be its first input A, not transposed</source>
        <translation>{where}: データは転置されていない最初の入力 A でなければなりません</translation>
    </message>
    <message>
        <source>{where}: the data must be its first input (x·W)</source>
        <translation>{where}: データは最初の入力 (x·W) でなければなりません</translation>
    </message>
    <message>
        <source>{where}: an Add is understood only as the bias right after a MatMul or Gemm</source>
        <translation>{where}: Add は MatMul か Gemm の直後のバイアスとしてしか扱えません</translation>
    </message>
    <message>
        <source>{where}: the bias {name!r} has shape {shape}, which does not fit {outputs} outputs</source>
        <translation>{where}: バイアス {name!r} の形 {shape} は出力 {outputs} 個に合いません</translation>
    </message>
    <message>
        <source>the Constant node {node!r} has no tensor value</source>
        <translation>Constant ノード {node!r} にテンソルの値がありません</translation>
    </message>
    <message>
        <source>{file}: holds a {type}; expected a dictionary of weights like the textbook&apos;s {example}</source>
        <translation>{file}: {type} が入っています。教科書の {example} のような重みの辞書が必要です</translation>
    </message>
    <message>
        <source>{file}: has a key {key!r}; expected names like &apos;W1&apos; and &apos;b1&apos;</source>
        <translation>{file}: キー {key!r} があります。&apos;W1&apos; や &apos;b1&apos; のような名前が必要です</translation>
    </message>
    <message>
        <source>{file}: not a readable pickle of NumPy arrays ({reason})</source>
        <translation>{file}: 読み込める NumPy 配列の pickle ではありません ({reason})</translation>
    </message>
    <message>
        <source>Loaded from {file}.</source>
        <translation>{file} から読み込みました。</translation>
    </message>
    <message>
        <source>{file}: no numeric feature columns (the text columns are skipped; choose one-hot encoding to use them)</source>
        <translation>{file}: 数値の特徴量の列がありません (テキストの列は読み飛ばされます。使うには one-hot エンコーディングを選んでください)</translation>
    </message>
    <message>
        <source>{file}: the file has a header but no data rows</source>
        <translation>{file}: 見出し行はありますが、データの行がありません</translation>
    </message>
    <message>
        <source>Loaded from {file}; dropped 1 row with missing values (first at line {line}).</source>
        <translation>{file} から読み込みました。欠損値のある 1 行を除きました ({line} 行目)。</translation>
    </message>
    <message>
        <source>Loaded from {file}; dropped {count} rows with missing values (first at line {line}).</source>
        <translation>{file} から読み込みました。欠損値のある {count} 行を除きました (最初は {line} 行目)。</translation>
    </message>
    <message>
        <source>{file}: more than {limit} different labels are too many classes</source>
        <translation>{file}: 異なるラベルが {limit} 個を超えています。クラスとしては多すぎます</translation>
    </message>
    <message>
        <source>{file} line {line}: column {column} {text!r} is not a finite number</source>
        <translation>{file} {line} 行目: {column} 列目の {text!r} は有限の数ではありません</translation>
    </message>
    <message>
        <source>{file}: every data row has a missing value ({dropped} dropped, first at line {line})</source>
        <translation>{file}: すべてのデータ行に欠損値があります ({dropped} 行を除外、最初は {line} 行目)</translation>
    </message>
    <message>
        <source>{file} line {line}: label (column {column}) {text!r} is not a finite number, as regression needs</source>
        <translation>{file} {line} 行目: ラベル ({column} 列目) の {text!r} は有限の数ではありません。回帰には数値が必要です</translation>
    </message>
    <message>
        <source>{file}: {count:,} different labels are too many classes (at most {limit}); choose regression for a numeric target</source>
        <translation>{file}: 異なるラベルが {count:,} 個あり、クラスとしては多すぎます (最大 {limit} 個)。正解が数値なら回帰を選んでください</translation>
    </message>
    <message>
        <source>{file} line {line}: column {column} {text!r} is not a number</source>
        <translation>{file} {line} 行目: {column} 列目の {text!r} は数ではありません</translation>
    </message>
    <message>
        <source>{file} line {line}: a quoted field runs over {spanned} lines (an unclosed quote?)</source>
        <translation>{file} {line} 行目: 引用符で囲まれたフィールドが {spanned} 行にわたっています (引用符の閉じ忘れ?)</translation>
    </message>
    <message>
        <source>{file} line {line}: expected {width} columns, found {found}</source>
        <translation>{file} {line} 行目: {width} 列のはずですが、{found} 列あります</translation>
    </message>
    <message>
        <source>{file} line {line}: the label (column {column}) {text!r} is not a finite number</source>
        <translation>{file} {line} 行目: ラベル ({column} 列目) の {text!r} は有限の数ではありません</translation>
    </message>
    <message>
        <source>{file} line {line}: the label (column {column}) {text!r} is not a number, and there are more than {limit} different labels</source>
        <translation>{file} {line} 行目: ラベル ({column} 列目) の {text!r} は数ではなく、異なるラベルが {limit} 個を超えています</translation>
    </message>
    <message>
        <source>{file}: more than {limit:,} rows; Synaptica reads at most that many</source>
        <translation>{file}: {limit:,} 行を超えています。Synaptica が読み込めるのはそこまでです</translation>
    </message>
    <message>
        <source>{file}: import cancelled</source>
        <translation>{file}: 読み込みを中止しました</translation>
    </message>
    <message>
        <source>{file} line {line}: malformed quoting ({reason}) (read up to line {until}); check for an unclosed quote</source>
        <translation>{file} {line} 行目: 引用符の使い方が正しくありません ({reason}) ({until} 行目まで読み込み)。閉じていない引用符がないか確認してください</translation>
    </message>
    <message>
        <source>{file} line {line}: malformed quoting ({reason}); check for an unclosed quote</source>
        <translation>{file} {line} 行目: 引用符の使い方が正しくありません ({reason})。閉じていない引用符がないか確認してください</translation>
    </message>
    <message>
        <source>{file} line {line}: column {column} ({name}) has more than {limit} different values; skip it instead of one-hot encoding it</source>
        <translation>{file} {line} 行目: {column} 列目 ({name}) には異なる値が {limit} 個を超えてあります。one-hot エンコーディングせずに読み飛ばしてください</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>縦棒</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>{columns}; {decimal}; {header}; {label}</source>
        <translation>{columns}、{decimal}、{header}、{label}</translation>
    </message>
    <message>
        <source>label column {column}</source>
        <translation>ラベルは {column} 列目</translation>
    </message>
    <message>
        <source>label column {column} ({name})</source>
        <translation>ラベルは {column} 列目 ({name})</translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation>{file}: ファイルが空です</translation>
    </message>
    <message>
        <source>{file} line {line}: {width:,} columns; at most {limit:,} are read</source>
        <translation>{file} {line} 行目: {width:,} 列あります。読み込めるのは {limit:,} 列までです</translation>
    </message>
    <message>
        <source>scikit-learn layout: classes {classes}</source>
        <translation>scikit-learn 形式: クラス {classes}</translation>
    </message>
    <message>
        <source>every row ends with an empty field (a trailing delimiter); it is ignored</source>
        <translation>どの行も空のフィールド (末尾の区切り文字) で終わっています。これは無視します</translation>
    </message>
    <message>
        <source>delimiter must be one of {choices}, got {value!r}</source>
        <translation>区切り文字は {choices} のどれかでなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>decimal separator must be &apos;.&apos; or &apos;,&apos;, got {value!r}</source>
        <translation>小数点の記号は &apos;.&apos; か &apos;,&apos; でなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>header must be true, false or left out, got {value!r}</source>
        <translation>header は true、false、または省略のどれかでなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>label must be a column number or name, got {value!r}</source>
        <translation>label は列の番号か名前でなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>categorical must be &apos;skip&apos; or &apos;onehot&apos;, got {value!r}</source>
        <translation>categorical は &apos;skip&apos; か &apos;onehot&apos; でなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>task must be one of {choices}, got {value!r}</source>
        <translation>task は {choices} のどれかでなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>unknown CSV option {name!r}; the options are {options}</source>
        <translation>不明な CSV オプション {name!r} です。使えるオプションは {options} です</translation>
    </message>
    <message>
        <source>{count} columns separated by {delimiter}</source>
        <translation>{delimiter}区切りの {count} 列</translation>
    </message>
    <message>
        <source>{file} line {line}: found 1 column; a dataset needs at least one feature column and a label column (the values seem separated by spaces: pick &apos;spaces&apos; as the delimiter)</source>
        <translation>{file} {line} 行目: 列が 1 つしかありません。データセットには少なくとも特徴量の列とラベルの列が必要です (値は空白で区切られているようです。区切り文字に「空白」を選んでください)</translation>
    </message>
    <message>
        <source>{file} line {line}: found 1 column; a dataset needs at least one feature column and a label column</source>
        <translation>{file} {line} 行目: 列が 1 つしかありません。データセットには少なくとも特徴量の列とラベルの列が必要です</translation>
    </message>
    <message>
        <source>text columns one-hot encoded: {columns}</source>
        <translation>one-hot エンコーディングしたテキスト列: {columns}</translation>
    </message>
    <message>
        <source>text columns skipped: {columns}</source>
        <translation>読み飛ばしたテキスト列: {columns}</translation>
    </message>
    <message>
        <source>{file}: label column {given!r} is a name, but header=False says the file has no header</source>
        <translation>{file}: ラベル列 {given!r} は名前ですが、header=False なのでファイルに見出し行はありません</translation>
    </message>
    <message>
        <source>{file} line {line}: no column named {given!r} in the header ({names})</source>
        <translation>{file} {line} 行目: 見出し行 ({names}) に {given!r} という列はありません</translation>
    </message>
    <message>
        <source>{file}: label column {given} is out of range for {width} columns</source>
        <translation>{file}: ラベル列 {given} は {width} 列の範囲外です</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>小数点はカンマ</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>小数点はピリオド</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>見出し行あり</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>見出し行なし</translation>
    </message>
    <message>
        <source>{file} line {line}: not a UTF-8 text file (byte {byte} of the block being read cannot be decoded)</source>
        <translation>{file} {line} 行目: UTF-8 のテキストファイルではありません (読み込み中のブロックの {byte} バイト目をデコードできません)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイル以外のもの</translation>
    </message>
    <message>
        <source>{file}: cannot read the file ({reason})</source>
        <translation>{file}: ファイルを読み込めません ({reason})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>パイプ (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>{file}: cannot read the file (the name contains a NUL character)</source>
        <translation>{file}: ファイルを読み込めません (名前に NUL 文字が含まれています)</translation>
    </message>
    <message>
        <source>{file}: is larger than {limit} MB; Synaptica reads at most that much from one data file</source>
        <translation>{file}: {limit} MB を超えています。Synaptica が 1 つのデータファイルから読み込めるのはそこまでです</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: it is {kind}</source>
        <translation>{file}: ファイルを読み込めません: {kind}です</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: it is {kind}, not a regular file</source>
        <translation>{file}: ファイルを読み込めません: 通常のファイルではなく{kind}です</translation>
    </message>
    <message>
        <source>{file}: expands to more than {limit} MB when decompressed; Synaptica reads at most that much from one data file</source>
        <translation>{file}: 展開すると {limit} MB を超えます。Synaptica が 1 つのデータファイルから読み込めるのはそこまでです</translation>
    </message>
    <message>
        <source>{file}: not enough memory to read this file</source>
        <translation>{file}: このファイルを読み込むためのメモリーが足りません</translation>
    </message>
    <message>
        <source>{file}: the gzip data is damaged ({reason})</source>
        <translation>{file}: gzip データが壊れています ({reason})</translation>
    </message>
    <message>
        <source>{file}: the gzip data is damaged or cut short (it ends early)</source>
        <translation>{file}: gzip データが壊れているか途中で切れています (途中で終わっています)</translation>
    </message>
    <message>
        <source>Points you drew in 2-D, one class per colour (saved in the network file).</source>
        <translation>あなたが 2 次元に描いた点です。色ごとに 1 つのクラス (ネットワークファイルに保存されます)。</translation>
    </message>
    <message>
        <source>Two classes in 2-D: an inner disc (class 1) inside an outer ring (class 0).</source>
        <translation>2 次元の 2 クラス: 外側の輪 (クラス 0) の内側にある円板 (クラス 1)。</translation>
    </message>
    <message>
        <source>Two classes in 2-D: class 1 where x1 and x2 have opposite signs (the XOR of x1 &gt; 0 and x2 &gt; 0).</source>
        <translation>2 次元の 2 クラス: x1 と x2 の符号が異なるところがクラス 1 (x1 &gt; 0 と x2 &gt; 0 の XOR)。</translation>
    </message>
    <message>
        <source>Two classes in 2-D: Gaussian blobs around (-0.4, -0.4) (class 0) and (0.4, 0.4) (class 1).</source>
        <translation>2 次元の 2 クラス: (-0.4, -0.4) (クラス 0) と (0.4, 0.4) (クラス 1) のまわりのガウス分布の塊。</translation>
    </message>
    <message>
        <source>Two classes in 2-D: two interleaved spiral arms, as in TensorFlow Playground.</source>
        <translation>2 次元の 2 クラス: TensorFlow Playground のような、絡み合った 2 本の渦巻き。</translation>
    </message>
    <message>
        <source>Two classes in 2-D: two interleaving half circles (class 0 on top).</source>
        <translation>2 次元の 2 クラス: かみ合った 2 つの半円 (上がクラス 0)。</translation>
    </message>
    <message>
        <source>Regression in 1-D: y = sin(x) for x evenly spaced on [-pi, pi].</source>
        <translation>1 次元の回帰: [-pi, pi] に等間隔に並んだ x に対する y = sin(x)。</translation>
    </message>
    <message>
        <source>Iris flowers (Fisher, 1936): 150 samples, 4 measurements in cm, 3 species; UCI via scikit-learn.</source>
        <translation>アヤメの花 (Fisher, 1936): 150 サンプル、cm 単位の 4 つの測定値、3 品種。UCI (scikit-learn 経由)。</translation>
    </message>
    <message>
        <source>Handwritten digits (Alpaydin &amp; Kaynak, 1998): 1797 8x8 images scaled to [0, 1], 10 classes; UCI via scikit-learn.</source>
        <translation>手書き数字 (Alpaydin &amp; Kaynak, 1998): [0, 1] に正規化した 8x8 画像 1797 枚、10 クラス。UCI (scikit-learn 経由)。</translation>
    </message>
    <message>
        <source>AND truth table: output 1 only when every input is 1.</source>
        <translation>AND の真理値表: すべての入力が 1 のときだけ出力が 1。</translation>
    </message>
    <message>
        <source>OR truth table: output 1 when any input is 1.</source>
        <translation>OR の真理値表: どれかの入力が 1 なら出力が 1。</translation>
    </message>
    <message>
        <source>NAND truth table: output 0 only when every input is 1.</source>
        <translation>NAND の真理値表: すべての入力が 1 のときだけ出力が 0。</translation>
    </message>
    <message>
        <source>NOR truth table: output 1 only when every input is 0.</source>
        <translation>NOR の真理値表: すべての入力が 0 のときだけ出力が 1。</translation>
    </message>
    <message>
        <source>XOR truth table (parity for more than 2 inputs): output 1 when an odd number of inputs is 1.</source>
        <translation>XOR の真理値表 (入力が 3 つ以上ならパリティ): 1 の入力が奇数個のとき出力が 1。</translation>
    </message>
    <message>
        <source>1 output</source>
        <translation>出力 1 個</translation>
    </message>
    <message>
        <source>{n} outputs</source>
        <translation>出力 {n} 個</translation>
    </message>
    <message>
        <source>dataset {name!r} has {k} classes; the network has {outputs} (use {k} outputs, one per class)</source>
        <translation>データセット {name!r} には {k} クラスありますが、ネットワークは{outputs}です (クラスごとに 1 つ、{k} 個の出力にしてください)</translation>
    </message>
    <message>
        <source>unknown dataset {name!r}; choose one of: {names}</source>
        <translation>不明なデータセット {name!r} です。次から選んでください: {names}</translation>
    </message>
    <message>
        <source>samples must be a whole number of at least 2, got {samples!r}</source>
        <translation>サンプル数は 2 以上の整数でなければなりませんが、{samples!r} でした</translation>
    </message>
    <message>
        <source>noise must be a finite number &gt;= 0, got {noise!r}</source>
        <translation>ノイズは 0 以上の有限の数でなければなりませんが、{noise!r} でした</translation>
    </message>
    <message>
        <source>unknown gate {name!r}; choose one of: {names}</source>
        <translation>不明なゲート {name!r} です。次から選んでください: {names}</translation>
    </message>
    <message>
        <source>a gate has 2 to 4 inputs, got {n!r}</source>
        <translation>ゲートの入力は 2 〜 4 個ですが、{n!r} でした</translation>
    </message>
    <message>
        <source>{description} {n} inputs, {rows} rows.</source>
        <translation>{description} 入力 {n} 個、{rows} 行。</translation>
    </message>
    <message>
        <source>drawn data: {points} points but {labels} labels</source>
        <translation>描いたデータ: 点は {points} 個ですが、ラベルは {labels} 個です</translation>
    </message>
    <message>
        <source>drawn data: there are no points yet; draw some in Labs → Draw your own data</source>
        <translation>描いたデータ: まだ点がありません。「実験室 → データを描く」で描いてください</translation>
    </message>
    <message>
        <source>drawn data: point coordinates must be finite numbers</source>
        <translation>描いたデータ: 点の座標は有限の数でなければなりません</translation>
    </message>
    <message>
        <source>dataset {name!r} has 2 classes; the network has {outputs} (use 1 output or 2)</source>
        <translation>データセット {name!r} は 2 クラスですが、ネットワークは{outputs}です (出力は 1 個か 2 個にしてください)</translation>
    </message>
    <message>
        <source>dataset {name!r}: the number of gate inputs must be a whole number</source>
        <translation>データセット {name!r}: ゲートの入力の数は整数でなければなりません</translation>
    </message>
    <message>
        <source>dataset {name!r} has {targets}; the network has {outputs}</source>
        <translation>データセット {name!r} は{targets}ですが、ネットワークは{outputs}です</translation>
    </message>
    <message>
        <source>class {i}</source>
        <translation>クラス {i}</translation>
    </message>
    <message>
        <source>1 target column</source>
        <translation>正解の列 1 個</translation>
    </message>
    <message>
        <source>{n} target columns</source>
        <translation>正解の列 {n} 個</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <source>XOR (point cloud)</source>
        <translation>XOR (点群)</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>ガウス分布の塊</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>2 つの月</translation>
    </message>
    <message>
        <source>sin(x) (regression)</source>
        <translation>sin(x) (回帰)</translation>
    </message>
    <message>
        <source>Iris flowers</source>
        <translation>アヤメの花</translation>
    </message>
    <message>
        <source>Digits (8×8 images)</source>
        <translation>数字 (8×8 画像)</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>AND ゲート</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>OR ゲート</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>NAND ゲート</translation>
    </message>
    <message>
        <source>NOR gate</source>
        <translation>NOR ゲート</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>XOR ゲート</translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation>自分で描いたデータ</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>特徴量 1 個</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>特徴量 {n} 個</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>入力 1 個</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>入力 {n} 個</translation>
    </message>
    <message>
        <source>1 target value</source>
        <translation>正解の値 1 個</translation>
    </message>
    <message>
        <source>{n} target values</source>
        <translation>正解の値 {n} 個</translation>
    </message>
    <message>
        <source>{gate} gate ({arity} inputs)</source>
        <translation>{gate} ゲート (入力 {arity} 個)</translation>
    </message>
    <message>
        <source>{gate} gate</source>
        <translation>{gate} ゲート</translation>
    </message>
    <message>
        <source>The {title} data has {features} ({names}), but the network has {inputs}.</source>
        <translation>「{title}」のデータは{features} ({names}) ですが、ネットワークは{inputs}です。</translation>
    </message>
    <message>
        <source>The {title} data has {targets} per sample, but the network has {outputs}.</source>
        <translation>「{title}」のデータはサンプルごとに{targets}ですが、ネットワークは{outputs}です。</translation>
    </message>
    <message>
        <source>The {title} data has 2 classes, so the network needs 1 output (the probability of class 1) or 2 (one per class); it has {outputs}.</source>
        <translation>「{title}」のデータは 2 クラスなので、ネットワークの出力は 1 個 (クラス 1 の確率) か 2 個 (クラスごとに 1 個) 必要ですが、{outputs} 個です。</translation>
    </message>
    <message>
        <source>The {title} data has {classes} classes ({names}), so the network needs {classes} outputs, one per class; it has {outputs}.</source>
        <translation>「{title}」のデータは {classes} クラス ({names}) なので、ネットワークにはクラスごとに 1 つ、{classes} 個の出力が必要ですが、{outputs} 個です。</translation>
    </message>
    <message>
        <source>the loss rose to {last:.3g}, {ratio:.1f} × its best ({best:.3g})</source>
        <translation>損失が {last:.3g} まで上がり、最良値 ({best:.3g}) の {ratio:.1f} 倍になりました</translation>
    </message>
    <message>
        <source>the loss swung up and down in {flips} of the last {epochs} epochs</source>
        <translation>直近 {epochs} エポックのうち {flips} エポックで損失が上下に揺れました</translation>
    </message>
    <message>
        <source>it has no non-linear hidden units, so it can only draw straight lines</source>
        <translation>非線形の隠れ層のニューロンがないので、直線しか引けません</translation>
    </message>
    <message>
        <source>its {hidden} hidden neurons cannot bend the boundary as much as this data needs</source>
        <translation>{hidden} 個の隠れニューロンでは、このデータに必要なだけ境界を曲げられません</translation>
    </message>
    <message>
        <source>The targets run from {low_target:.3g} to {high_target:.3g}, but a {output} output can only give values between {low:g} and {high:g}: no weights can fit them. An identity output can give any number.</source>
        <translation>正解の値は {low_target:.3g} から {high_target:.3g} までありますが、{output} の出力は {low:g} から {high:g} までの値しか出せません。どんな重みでも合わせられません。恒等関数の出力ならどんな数でも出せます。</translation>
    </message>
    <message>
        <source>The learning rate {lr:g} is too large: {what}. Each step jumps past the valley of the loss instead of walking down into it.</source>
        <translation>学習率 {lr:g} は大きすぎます: {what}。1 歩ごとに損失の谷を下りていかず、飛び越えてしまいます。</translation>
    </message>
    <message>
        <source>The loss settled at {end:.3g} and stays there: the {shape} network is too small for this data — {why}. A {bigger} network can.</source>
        <translation>損失は {end:.3g} で落ち着き、そこから下がりません。{shape} のネットワークはこのデータには小さすぎます — {why}。{bigger} のネットワークならできます。</translation>
    </message>
    <message>
        <source>Use an identity output with mean squared error</source>
        <translation>恒等関数の出力と 2乗和誤差を使う</translation>
    </message>
    <message>
        <source>Use learning rate {lr:g} and start again</source>
        <translation>学習率 {lr:g} でやり直す</translation>
    </message>
    <message>
        <source>The loss barely moved: from {start:.4g} to {end:.4g} (less than {flat:.0%}) over {epochs} epochs. With learning rate {lr:g} each step is too small to get anywhere.</source>
        <translation>損失はほとんど動いていません: {epochs} エポックで {start:.4g} から {end:.4g} ({flat:.0%} 未満) です。学習率 {lr:g} では 1 歩が小さすぎて先に進めません。</translation>
    </message>
    <message>
        <source>Use a {shape} network</source>
        <translation>{shape} のネットワークを使う</translation>
    </message>
    <message>
        <source>Use learning rate {lr:g}</source>
        <translation>学習率 {lr:g} を使う</translation>
    </message>
    <message>
        <source>{dead} of the {units} ReLU units in hidden layer {k} output 0 for every training sample. Their slope is 0 there, so no gradient reaches them and they never recover. Leaky ReLU keeps a small slope (0.01) below 0.</source>
        <translation>隠れ層 {k} の ReLU のニューロン {units} 個のうち {dead} 個が、すべての訓練サンプルで 0 を出力しています。そこでは傾きが 0 なので勾配が届かず、二度と回復しません。Leaky ReLU なら 0 より下でも小さな傾き (0.01) が残ります。</translation>
    </message>
    <message>
        <source>Use leaky ReLU and fresh weights</source>
        <translation>Leaky ReLU と新しい重みを使う</translation>
    </message>
    <message>
        <source>{saturated} of the {units} {name} units in hidden layer {k} are saturated: |a| &gt; {limit:g} for at least {share:.0%} of the samples, where the slope of {name} is almost 0, so their weights hardly change. Fresh, smaller weights (Xavier) and a smaller learning rate keep them in the steep middle.</source>
        <translation>隠れ層 {k} の {name} のニューロン {units} 個のうち {saturated} 個が飽和しています: サンプルの {share:.0%} 以上で |a| &gt; {limit:g} となり、そこでは {name} の傾きがほぼ 0 なので重みがほとんど変わりません。小さな新しい重み (Xavier) と小さな学習率なら、傾きの急な中央にとどまれます。</translation>
    </message>
    <message>
        <source>Fresh Xavier weights and learning rate {lr:g}</source>
        <translation>Xavier の新しい重みと学習率 {lr:g}</translation>
    </message>
    <message>
        <source>{param}{number}[{index}] (layer {number})</source>
        <translation>{param}{number}[{index}] (層 {number})</translation>
    </message>
    <message>
        <source>{where} = {value:.4g} had the largest gradient, g = {g:.4g}; the update {step} is where the numbers ran away.</source>
        <translation>{where} = {value:.4g} の勾配が最大でした (g = {g:.4g})。更新 {step} で数値が暴走しました。</translation>
    </message>
    <message>
        <source>{where} had the largest gradient, g = {g:.4g}; the update {step} pushed it to {value:.4g}, and the next forward pass overflowed: that update is where the numbers ran away.</source>
        <translation>{where} の勾配が最大でした (g = {g:.4g})。更新 {step} でこの値が {value:.4g} になり、次の順伝播でオーバーフローしました。この更新で数値が暴走しました。</translation>
    </message>
    <message>
        <source>there is no layer {layer}; layers are 0..{last}</source>
        <translation>層 {layer} はありません。層は 0..{last} です</translation>
    </message>
    <message>
        <source>a layer needs at least one neuron; got {size}</source>
        <translation>層には少なくとも 1 つのニューロンが必要ですが、{size} でした</translation>
    </message>
    <message>
        <source>a hidden layer can be inserted at positions 1..{last}; got {position}</source>
        <translation>隠れ層を挿入できる位置は 1..{last} ですが、{position} でした</translation>
    </message>
    <message>
        <source>only hidden layers (1..{last}) can be removed; got {layer}</source>
        <translation>削除できるのは隠れ層 (1..{last}) だけですが、{layer} でした</translation>
    </message>
    <message>
        <source>input features apply to 2-D data; {name!r} has {count} features</source>
        <translation>入力特徴量は 2 次元のデータにだけ使えます。{name!r} の特徴量は {count} 個です</translation>
    </message>
    <message>
        <source>unknown input feature {name!r}; choose from {names}</source>
        <translation>不明な入力特徴量 {name!r} です。{names} から選んでください</translation>
    </message>
    <message>
        <source>{description} Derived inputs: {extra}.</source>
        <translation>{description} 派生入力: {extra}。</translation>
    </message>
    <message>
        <source>Derived inputs: {extra}.</source>
        <translation>派生入力: {extra}。</translation>
    </message>
    <message>
        <source>Thresholds: a ReLU is dead when a ≤ 0 on every row of the batch; a sigmoid/tanh unit is saturated when its output is beyond {saturation} of its range (sigmoid &lt; {low:.2f} or &gt; {saturation}, |tanh| &gt; {saturation}) on at least {rows:.0%} of the rows; gradients vanish when the first layer&apos;s RMS ∂L/∂W is below {vanishing:g} × the last layer&apos;s and explode when it is above {exploding:g} × the last layer&apos;s or any layer&apos;s exceeds {rms:g}.</source>
        <translation>しきい値: バッチのすべての行で a ≤ 0 なら ReLU は死んでいます。行の {rows:.0%} 以上で出力が範囲の {saturation} を超える (sigmoid &lt; {low:.2f} または &gt; {saturation}、|tanh| &gt; {saturation}) と sigmoid/tanh のニューロンは飽和しています。最初の層の ∂L/∂W の RMS が最後の層の {vanishing:g} 倍未満なら勾配消失、最後の層の {exploding:g} 倍を超えるか、どれかの層で {rms:g} を超えると勾配爆発です。</translation>
    </message>
    <message>
        <source>Exploding gradients: layer {layer}&apos;s RMS ∂L/∂W is {rms:.3g} (above {limit:g}). Lower the learning rate.</source>
        <translation>勾配爆発: 層 {layer} の ∂L/∂W の RMS が {rms:.3g} です ({limit:g} 超)。学習率を下げてください。</translation>
    </message>
    <message>
        <source>Layer {layer}: {dead} of {n} ReLU units are dead (a ≤ 0 on all {rows} rows): their gradients are 0, so they never learn again. A smaller learning rate, He initialisation or leaky ReLU helps.</source>
        <translation>層 {layer}: ReLU のニューロン {n} 個のうち {dead} 個が死んでいます ({rows} 行すべてで a ≤ 0)。勾配が 0 なので二度と学習しません。小さな学習率、He の初期値、または Leaky ReLU が効きます。</translation>
    </message>
    <message>
        <source>Layer {layer}: {saturated} of {n} {name} units are saturated (output pinned near its limit): their slope h′(a) is almost 0, so little gradient passes. Smaller initial weights (Xavier) or scaled inputs help.</source>
        <translation>層 {layer}: {name} のニューロン {n} 個のうち {saturated} 個が飽和しています (出力が限界近くに張りついています)。傾き h′(a) がほぼ 0 なので、勾配がほとんど伝わりません。小さな重みの初期値 (Xavier) や入力のスケーリングが効きます。</translation>
    </message>
    <message>
        <source>Vanishing gradients: layer 1&apos;s RMS ∂L/∂W is {first:.2g}, {ratio:.1g} × the last layer&apos;s ({last:.2g}). The first layers barely learn; ReLU or fewer sigmoid layers help.</source>
        <translation>勾配消失: 層 1 の ∂L/∂W の RMS は {first:.2g} で、最後の層 ({last:.2g}) の {ratio:.1g} 倍です。最初の層がほとんど学習しません。ReLU を使うか、sigmoid の層を減らすと効きます。</translation>
    </message>
    <message>
        <source>Exploding gradients: layer 1&apos;s RMS ∂L/∂W is {first:.2g}, {ratio:.2g} × the last layer&apos;s ({last:.2g}). Lower the learning rate or the initial weights.</source>
        <translation>勾配爆発: 層 1 の ∂L/∂W の RMS は {first:.2g} で、最後の層 ({last:.2g}) の {ratio:.2g} 倍です。学習率か重みの初期値を下げてください。</translation>
    </message>
    <message>
        <source>{file}: expected images of shape (n, rows, cols) or (n, d), got {ndim} dimension(s) {shape}</source>
        <translation>{file}: 画像の形は (n, rows, cols) か (n, d) でなければなりませんが、{ndim} 次元 {shape} でした</translation>
    </message>
    <message>
        <source>{file}: holds no images (shape {shape})</source>
        <translation>{file}: 画像が入っていません (形 {shape})</translation>
    </message>
    <message>
        <source>{file}: expected one label per image (1 dimension), got shape {shape}</source>
        <translation>{file}: 画像ごとに 1 つのラベル (1 次元) が必要ですが、形は {shape} でした</translation>
    </message>
    <message>
        <source>{labels_file} has {labels} labels but {images_file} has {images} images</source>
        <translation>{labels_file} のラベルは {labels} 個ですが、{images_file} の画像は {images} 枚です</translation>
    </message>
    <message>
        <source>{file}: labels must be integers, got {dtype}</source>
        <translation>{file}: ラベルは整数でなければなりませんが、{dtype} でした</translation>
    </message>
    <message>
        <source>{file}: the pixel data contains NaN or infinite values</source>
        <translation>{file}: 画素のデータに NaN か無限大が含まれています</translation>
    </message>
    <message>
        <source>IDX images from {images} with labels from {labels}.</source>
        <translation>{images} の IDX 画像と {labels} のラベル。</translation>
    </message>
    <message>
        <source>{file}: too short to be an IDX file ({size} bytes)</source>
        <translation>{file}: IDX ファイルにしては短すぎます ({size} バイト)</translation>
    </message>
    <message>
        <source>{file}: not an IDX file (bad magic number 0x{magic}; expected 0x0000 followed by a type byte and a dimension count)</source>
        <translation>{file}: IDX ファイルではありません (マジックナンバー 0x{magic} が不正です。0x0000 の後に型のバイトと次元数が続くはずです)</translation>
    </message>
    <message>
        <source>{file}: the header promises {ndim} dimensions but the file ends first</source>
        <translation>{file}: ヘッダーには {ndim} 次元とありますが、その前にファイルが終わっています</translation>
    </message>
    <message>
        <source>{file}: dimensions {dims} need {size:,.0f} MB; Synaptica reads at most {limit} MB from one data file</source>
        <translation>{file}: 次元 {dims} には {size:,.0f} MB が必要です。Synaptica が 1 つのデータファイルから読み込めるのは {limit} MB までです</translation>
    </message>
    <message>
        <source>{file}: dimensions {dims} need {expected} bytes of data, found more than {expected}</source>
        <translation>{file}: 次元 {dims} には {expected} バイトのデータが必要ですが、{expected} バイトより多くあります</translation>
    </message>
    <message>
        <source>{file}: dimensions {dims} need {expected} bytes of data, found {found}</source>
        <translation>{file}: 次元 {dims} には {expected} バイトのデータが必要ですが、{found} バイトでした</translation>
    </message>
    <message>
        <source>{file}: no labels file given and none found beside it (expected a name like &apos;train-labels-idx1-ubyte&apos;); pass labels_path</source>
        <translation>{file}: ラベルファイルが指定されておらず、同じ場所にも見つかりません (&apos;train-labels-idx1-ubyte&apos; のような名前のはずです)。labels_path を指定してください</translation>
    </message>
    <message>
        <source>{file}: not enough memory for {count:,} pixels</source>
        <translation>{file}: {count:,} 画素を読み込むためのメモリーが足りません</translation>
    </message>
    <message>
        <source>not valid JSON: a number with {digits:,} digits (line {line}, column {column}); numbers in network files must be finite and of reasonable size</source>
        <translation>正しい JSON ではありません: {digits:,} 桁の数があります ({line} 行 {column} 列)。ネットワークファイルの数値は有限で、常識的な大きさでなければなりません</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; Synaptica refuses network files larger than {limit} MB</source>
        <translation>ファイルのサイズが {size:.0f} MB あります。Synaptica は {limit} MB を超えるネットワークファイルを扱いません</translation>
    </message>
    <message>
        <source>{source}: {where}: {problem}</source>
        <translation>{source}: {where}: {problem}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>正しい JSON ではありません: {reason}</translation>
    </message>
    <message>
        <source>the file would be {size:.0f} MB; Synaptica refuses network files larger than {limit} MB</source>
        <translation>ファイルのサイズが {size:.0f} MB になります。Synaptica は {limit} MB を超えるネットワークファイルを扱いません</translation>
    </message>
    <message>
        <source>cannot read the file: the file name contains a NUL character</source>
        <translation>ファイルを読み込めません: ファイル名に NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>has {count:,} arrays and objects; network files hold at most {limit:,}</source>
        <translation>配列とオブジェクトが {count:,} 個あります。ネットワークファイルに入れられるのは {limit:,} 個までです</translation>
    </message>
    <message>
        <source>expected one list per layer of neurons ({layers}), got {count}</source>
        <translation>ニューロンの層ごとに 1 つのリスト ({layers} 個) が必要ですが、{count} でした</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got {value}</source>
        <translation>最上位には JSON オブジェクトが必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>missing, so this is not a Synaptica network file</source>
        <translation>ありません。Synaptica のネットワークファイルではありません</translation>
    </message>
    <message>
        <source>expected {format!r}, got {value}: this is not a Synaptica network file</source>
        <translation>{format!r} が必要ですが、{value} でした。Synaptica のネットワークファイルではありません</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>made by a newer Synaptica (version {version}); this one reads up to version {newest}</source>
        <translation>新しい Synaptica (バージョン {version}) で作られています。この Synaptica が読めるのはバージョン {newest} までです</translation>
    </message>
    <message>
        <source>{version} is not a valid version; versions start at 1</source>
        <translation>{version} は正しいバージョンではありません。バージョンは 1 から始まります</translation>
    </message>
    <message>
        <source>cannot save the file: {reason}</source>
        <translation>ファイルを保存できません: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: it is a directory</source>
        <translation>ファイルを読み込めません: フォルダーです</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>ファイルを読み込めません: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>正しい JSON ではありません: {reason} ({line} 行 {column} 列)</translation>
    </message>
    <message>
        <source>not readable: the JSON is nested too deeply</source>
        <translation>読み込めません: JSON の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>not a text file (invalid UTF-8 at byte {byte})</source>
        <translation>テキストファイルではありません ({byte} バイト目が不正な UTF-8 です)</translation>
    </message>
    <message>
        <source>files of version {version} cannot be read by this Synaptica</source>
        <translation>バージョン {version} のファイルはこの Synaptica では読めません</translation>
    </message>
    <message>
        <source>cannot read the file: it is not a regular file</source>
        <translation>ファイルを読み込めません: 通常のファイルではありません</translation>
    </message>
    <message>
        <source>a Python {type}</source>
        <translation>Python の {type}</translation>
    </message>
    <message>
        <source> (did you mean {name!r}?)</source>
        <translation> ({name!r} のことですか?)</translation>
    </message>
    <message>
        <source>the string {text}</source>
        <translation>文字列 {text}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>expected an object, got {value}</source>
        <translation>オブジェクトが必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>appears more than once in the same object</source>
        <translation>同じオブジェクトの中に 2 回以上出てきます</translation>
    </message>
    <message>
        <source>expected an array, got {value}</source>
        <translation>配列が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>expected a string, got {value}</source>
        <translation>文字列が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation>長さが {length:,} 文字あります。{limit:,} 文字までにしてください</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>unknown {what} {name!r}{suggestion}; choose one of {names}</source>
        <translation>不明な{what} {name!r} です{suggestion}。{names} のどれかを選んでください</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>整数が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>must be at least {minimum:,}, got {value:,}</source>
        <translation>{minimum:,} 以上でなければなりませんが、{value:,} でした</translation>
    </message>
    <message>
        <source>must be at most {maximum:,}, got {value:,}</source>
        <translation>{maximum:,} 以下でなければなりませんが、{value:,} でした</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>数値が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>{value} is not allowed (numbers must be finite)</source>
        <translation>{value} は使えません (数値は有限でなければなりません)</translation>
    </message>
    <message>
        <source>a huge integer</source>
        <translation>巨大な整数</translation>
    </message>
    <message>
        <source>an array of 1 item</source>
        <translation>要素 1 個の配列</translation>
    </message>
    <message>
        <source>an array of {count} items</source>
        <translation>要素 {count} 個の配列</translation>
    </message>
    <message>
        <source>object keys must be strings, got {key}</source>
        <translation>オブジェクトのキーは文字列でなければなりませんが、{key} でした</translation>
    </message>
    <message>
        <source>allowed here: {keys}</source>
        <translation>ここで使えるキー: {keys}</translation>
    </message>
    <message>
        <source>unknown key{suggestion}; {hint}</source>
        <translation>不明なキーです{suggestion}。{hint}</translation>
    </message>
    <message>
        <source>missing (it is required)</source>
        <translation>ありません (必須です)</translation>
    </message>
    <message>
        <source>contains invalid Unicode (an unpaired surrogate)</source>
        <translation>不正な Unicode (対になっていないサロゲート) を含んでいます</translation>
    </message>
    <message>
        <source>number too large (numbers must be finite)</source>
        <translation>数が大きすぎます (数値は有限でなければなりません)</translation>
    </message>
    <message>
        <source>must be at least {bound:g}, got {value!r}</source>
        <translation>{bound:g} 以上でなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>must be greater than {bound:g}, got {value!r}</source>
        <translation>{bound:g} より大きくなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>must be at most {bound:g}, got {value!r}</source>
        <translation>{bound:g} 以下でなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>must be less than {bound:g}, got {value!r}</source>
        <translation>{bound:g} より小さくなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>expected a JSON value, got {value}</source>
        <translation>JSON の値が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>a network needs at least 2 layers (the inputs and an output layer), got {count}</source>
        <translation>ネットワークには少なくとも 2 つの層 (入力と出力層) が必要ですが、{count} つでした</translation>
    </message>
    <message>
        <source>{count:,} layers is more than the limit of {limit:,}</source>
        <translation>{count:,} 層は上限の {limit:,} 層を超えています</translation>
    </message>
    <message>
        <source>the sizes {sizes} need {total:,} weights; the limit is {limit:,}</source>
        <translation>サイズ {sizes} には {total:,} 個の重みが必要です。上限は {limit:,} 個です</translation>
    </message>
    <message>
        <source>unknown activation {name!r}{suggestion}; choose one of {names}</source>
        <translation>不明な活性化関数 {name!r} です{suggestion}。{names} のどれかを選んでください</translation>
    </message>
    <message>
        <source>{name} is only allowed on the output layer (layers[{last}]); hidden layers can use {names}</source>
        <translation>{name} は出力層 (layers[{last}]) でしか使えません。隠れ層で使えるのは {names} です</translation>
    </message>
    <message>
        <source>expected {rows}×{cols}, got {got_rows}×{got_cols} (one row per neuron of layers[{previous}], one column per neuron of layers[{k}])</source>
        <translation>{rows}×{cols} が必要ですが、{got_rows}×{got_cols} でした (layers[{previous}] のニューロンごとに 1 行、layers[{k}] のニューロンごとに 1 列)</translation>
    </message>
    <message>
        <source>expected an array (one row of weights), got {value}</source>
        <translation>配列 (重みの 1 行) が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>rows differ in length: row 0 has {first} values, row {i} has {length}</source>
        <translation>行の長さがそろっていません: 0 行目は {first} 個、{i} 行目は {length} 個です</translation>
    </message>
    <message>
        <source>expected 1 value, got {got}</source>
        <translation>値は 1 個必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>expected {length} values, got {got}</source>
        <translation>値は {length} 個必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>expected 1 label (one per neuron), got {got}</source>
        <translation>ラベルは 1 個 (ニューロンごとに 1 個) 必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>expected {size} labels (one per neuron), got {got}</source>
        <translation>ラベルは {size} 個 (ニューロンごとに 1 個) 必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>layers[0] is the input layer, which has only a size and labels (weights belong to later layers)</source>
        <translation>layers[0] は入力層で、サイズとラベルしか持ちません (重みは後ろの層のものです)</translation>
    </message>
    <message>
        <source>has {count:,} points; at most {limit:,} are allowed</source>
        <translation>点が {count:,} 個あります。{limit:,} 個までにしてください</translation>
    </message>
    <message>
        <source>holds more than {limit:,} values; at most {limit:,} are allowed</source>
        <translation>値が {limit:,} 個を超えています。{limit:,} 個までにしてください</translation>
    </message>
    <message>
        <source>has 1 value but {where}.epoch has {epochs:,}; every series needs one value per epoch</source>
        <translation>値は 1 個ですが、{where}.epoch には {epochs:,} 個あります。どの系列もエポックごとに 1 つの値が必要です</translation>
    </message>
    <message>
        <source>has {count:,} values but {where}.epoch has {epochs:,}; every series needs one value per epoch</source>
        <translation>値は {count:,} 個ですが、{where}.epoch には {epochs:,} 個あります。どの系列もエポックごとに 1 つの値が必要です</translation>
    </message>
    <message>
        <source>expected 1 value (one per input), got {got}</source>
        <translation>値は 1 個 (入力ごとに 1 個) 必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>expected {count} values (one per input), got {got}</source>
        <translation>値は {count} 個 (入力ごとに 1 個) 必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>数値精度</translation>
    </message>
    <message>
        <source>expected an object like {example}, got {value}</source>
        <translation>{example} のようなオブジェクトが必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>has {count} points; at most {limit} are allowed</source>
        <translation>点が {count} 個あります。{limit} 個までにしてください</translation>
    </message>
    <message>
        <source>has {labels} labels but {where}.points has {points} points</source>
        <translation>ラベルは {labels} 個ですが、{where}.points の点は {points} 個です</translation>
    </message>
    <message>
        <source>optimizer {name!r} has no setting {key!r}{suggestion}; it takes {settings}</source>
        <translation>最適化手法 {name!r} には設定 {key!r} がありません{suggestion}。使える設定は {settings} です</translation>
    </message>
    <message>
        <source>lists a feature twice</source>
        <translation>同じ特徴量が 2 回書かれています</translation>
    </message>
    <message>
        <source>expected 2 numbers (x1, x2), got {count}</source>
        <translation>2 つの数 (x1, x2) が必要ですが、{count} 個でした</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>has labels but no points; drawn data needs both</source>
        <translation>ラベルはありますが点がありません。描いたデータには両方が必要です</translation>
    </message>
    <message>
        <source>has points but no labels; drawn data needs both</source>
        <translation>点はありますがラベルがありません。描いたデータには両方が必要です</translation>
    </message>
    <message>
        <source>decimal separator</source>
        <translation>小数点の記号</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true か false が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>way to treat text columns</source>
        <translation>テキスト列の扱い方</translation>
    </message>
    <message>
        <source>task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>the file name contains a NUL character</source>
        <translation>ファイル名に NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>cannot save the file: it is a directory</source>
        <translation>ファイルを保存できません: フォルダーです</translation>
    </message>
    <message>
        <source>cannot save the file: it is {kind}, not a regular file; Synaptica only writes regular files</source>
        <translation>ファイルを保存できません: 通常のファイルではなく{kind}です。Synaptica が書き込むのは通常のファイルだけです</translation>
    </message>
    <message>
        <source>train first (press Play)</source>
        <translation>まず学習させてください (「開始」を押します)</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>次のどれか: {choices}</translation>
    </message>
    <message>
        <source>hidden activation is {value}</source>
        <translation>隠れ層の活性化関数が {value}</translation>
    </message>
    <message>
        <source>{choices}; or {more}</source>
        <translation>{choices}、または {more}</translation>
    </message>
    <message>
        <source>output y{output} computes {gate}</source>
        <translation>出力 y{output} が {gate} を計算する</translation>
    </message>
    <message>
        <source>test accuracy ≥ {share:.0%}</source>
        <translation>テストの認識精度 ≥ {share:.0%}</translation>
    </message>
    <message>
        <source>training loss ≤ {loss}</source>
        <translation>訓練の損失 ≤ {loss}</translation>
    </message>
    <message>
        <source>gradient check: backprop and central differences agree within {limit:g}</source>
        <translation>勾配確認: 誤差逆伝播法と中心差分が {limit:g} 以内で一致する</translation>
    </message>
    <message>
        <source>loss is {value}</source>
        <translation>損失関数が {value}</translation>
    </message>
    <message>
        <source>optimizer is {value}</source>
        <translation>最適化手法が {value}</translation>
    </message>
    <message>
        <source>output activation is {value}</source>
        <translation>出力層の活性化関数が {value}</translation>
    </message>
    <message>
        <source>it computes {gate}</source>
        <translation>{gate} を計算しています</translation>
    </message>
    <message>
        <source>it matches no standard gate yet</source>
        <translation>まだどの標準ゲートにも一致しません</translation>
    </message>
    <message>
        <source>y{index} = {value} ± {tolerance} for x = {x}</source>
        <translation>x = {x} のとき y{index} = {value} ± {tolerance}</translation>
    </message>
    <message>
        <source>y{index} = {value} ± {tolerance}</source>
        <translation>y{index} = {value} ± {tolerance}</translation>
    </message>
    <message>
        <source>gradient descent gets from {start} to within {within} of {target} in {steps} steps on {formula}</source>
        <translation>勾配降下法が {formula} の上で {start} から {steps} ステップ以内に {target} の {within} 以内に着く</translation>
    </message>
    <message>
        <source>the optimizer gets from {start} to within {within} of {target} in {steps} steps on {formula}</source>
        <translation>最適化手法が {formula} の上で {start} から {steps} ステップ以内に {target} の {within} 以内に着く</translation>
    </message>
    <message>
        <source>now y{index} = {value}</source>
        <translation>現在 y{index} = {value}</translation>
    </message>
    <message>
        <source>largest relative error {error:.1e}</source>
        <translation>最大の相対誤差 {error:.1e}</translation>
    </message>
    <message>
        <source>after {steps} steps it is still {distance} away</source>
        <translation>{steps} ステップ後もまだ {distance} 離れています</translation>
    </message>
    <message>
        <source>now {value}</source>
        <translation>現在 {value}</translation>
    </message>
    <message>
        <source>none holds yet</source>
        <translation>まだどれも満たしていません</translation>
    </message>
    <message>
        <source>the network has {inputs} inputs and {outputs} outputs</source>
        <translation>ネットワークの入力は {inputs} 個、出力は {outputs} 個です</translation>
    </message>
    <message>
        <source>the network&apos;s shape does not fit</source>
        <translation>ネットワークの形が合いません</translation>
    </message>
    <message>
        <source>now {share:.1%}</source>
        <translation>現在 {share:.1%}</translation>
    </message>
    <message>
        <source>in at most {epochs} epochs</source>
        <translation>{epochs} エポック以内に</translation>
    </message>
    <message>
        <source>at most {count} hidden neurons</source>
        <translation>隠れニューロンは {count} 個まで</translation>
    </message>
    <message>
        <source>every gradient is 0, so there is nothing to compare (step units?)</source>
        <translation>勾配がすべて 0 なので、比べるものがありません (ステップ関数のニューロン?)</translation>
    </message>
    <message>
        <source>it blew up (step {step}): the learning rate is too big</source>
        <translation>発散しました (ステップ {step}): 学習率が大きすぎます</translation>
    </message>
    <message>
        <source>it ran away, to {distance} from the target: the learning rate is too big</source>
        <translation>目標から {distance} まで遠ざかりました: 学習率が大きすぎます</translation>
    </message>
    <message>
        <source>{epochs} epochs so far</source>
        <translation>これまで {epochs} エポック</translation>
    </message>
    <message>
        <source>the goal can be checked</source>
        <translation>目標を確認できる</translation>
    </message>
    <message>
        <source>not now: {reason}</source>
        <translation>今はできません: {reason}</translation>
    </message>
    <message>
        <source>a network needs at least one layer</source>
        <translation>ネットワークには少なくとも 1 つの層が必要です</translation>
    </message>
    <message>
        <source>sizes must list at least an input and an output size, each ≥ 1; got {sizes}</source>
        <translation>サイズには少なくとも入力と出力のサイズ (それぞれ 1 以上) が必要ですが、{sizes} でした</translation>
    </message>
    <message>
        <source>input has {features} features but the network expects {inputs}</source>
        <translation>入力の特徴量は {features} 個ですが、ネットワークは {inputs} 個を想定しています</translation>
    </message>
    <message>
        <source>layer {k} expects {inputs} inputs but layer {previous} has {outputs} outputs</source>
        <translation>層 {k} は {inputs} 個の入力を想定していますが、層 {previous} の出力は {outputs} 個です</translation>
    </message>
    <message>
        <source>unknown optimizer {name!r}; choose one of {names}</source>
        <translation>不明な最適化手法 {name!r} です。次から選んでください: {names}</translation>
    </message>
    <message>
        <source>optimizer {name!r} takes {allowed}; got {given}</source>
        <translation>最適化手法 {name!r} の設定は {allowed} です (指定されたのは {given})</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>2値交差エントロピー誤差</translation>
    </message>
    <message>
        <source>A single layer of step units learns a gate with the perceptron rule</source>
        <translation>ステップ関数のニューロン 1 層なら、パーセプトロンの学習則でゲートを学習できます</translation>
    </message>
    <message>
        <source>A regression target can be any number, so the output is compared by squared error</source>
        <translation>回帰の正解はどんな数にもなりうるので、出力は 2乗誤差で比べます</translation>
    </message>
    <message>
        <source>{first}
{second}</source>
        <translation>{first}
{second}</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>Loss {old} → {new}.</source>
        <translation>損失関数 {old} → {new}。</translation>
    </message>
    <message>
        <source>Optimizer {old} → {new}.</source>
        <translation>最適化手法 {old} → {new}。</translation>
    </message>
    <message>
        <source>Learning rate {old:g} → {new:g}.</source>
        <translation>学習率 {old:g} → {new:g}。</translation>
    </message>
    <message>
        <source>Batch size {old} → {new}.</source>
        <translation>バッチサイズ {old} → {new}。</translation>
    </message>
    <message>
        <source>Epochs {old} → {new}.</source>
        <translation>エポック数 {old} → {new}。</translation>
    </message>
    <message>
        <source>Initialisation {old} → {new} (used by Reset).</source>
        <translation>初期化方法 {old} → {new} (「リセット」で使います)。</translation>
    </message>
    <message>
        <source>Inputs {old} → {new} (one per feature).</source>
        <translation>入力 {old} → {new} (特徴量ごとに 1 つ)。</translation>
    </message>
    <message>
        <source>Outputs {old} → {new}.</source>
        <translation>出力 {old} → {new}。</translation>
    </message>
    <message>
        <source>({why}.)</source>
        <translation>({why}。)</translation>
    </message>
    <message>
        <source>One sigmoid output is the probability of class 1</source>
        <translation>1 つの sigmoid 出力がクラス 1 の確率になります</translation>
    </message>
    <message>
        <source>Softmax outputs are class probabilities that sum to 1</source>
        <translation>softmax の出力は合計 1 になるクラスの確率です</translation>
    </message>
    <message>
        <source>• {line}</source>
        <translation>• {line}</translation>
    </message>
    <message>
        <source>Output activation {old} → {new}.</source>
        <translation>出力層の活性化関数 {old} → {new}。</translation>
    </message>
    <message>
        <source>Hidden layer {k} activation {old} → {new}.</source>
        <translation>隠れ層 {k} の活性化関数 {old} → {new}。</translation>
    </message>
    <message>
        <source>Stretched along x: the gradient points mostly across the valley, so plain SGD zig-zags.</source>
        <translation>x 方向に引き伸ばされた形: 勾配はほとんど谷を横切る向きなので、素朴な SGD はジグザグに進みます。</translation>
    </message>
    <message>
        <source>A curved, flat-bottomed valley: finding it is easy, following it to (1, 1) is slow.</source>
        <translation>曲がった平らな底の谷: 谷を見つけるのは簡単ですが、(1, 1) までたどるのは時間がかかります。</translation>
    </message>
    <message>
        <source>Downhill in y, uphill in x: started near y = 0, an optimizer lingers at the saddle before escaping.</source>
        <translation>y 方向には下り、x 方向には上り: y = 0 の近くから始めると、最適化手法は鞍点でしばらく止まってから抜け出します。</translation>
    </message>
    <message>
        <source>Round: the gradient points straight at the minimum, and every optimizer gets there.</source>
        <translation>丸い形: 勾配はまっすぐ最小値を向くので、どの最適化手法もたどり着きます。</translation>
    </message>
    <message>
        <source>Training stopped: the weights became infinite at epoch {epoch} (step {step}). {restored}; try a smaller learning rate{rate}.</source>
        <translation>学習を止めました: エポック {epoch} (ステップ {step}) で重みが無限大になりました。{restored}。学習率{rate}を小さくしてみてください。</translation>
    </message>
    <message>
        <source>The weights the run started from were restored</source>
        <translation>学習開始時の重みに戻しました</translation>
    </message>
    <message>
        <source>The weights of epoch {epoch} (train loss {loss:.4g}), the last healthy epoch, were restored</source>
        <translation>最後に正常だったエポック {epoch} (訓練損失 {loss:.4g}) の重みに戻しました</translation>
    </message>
    <message>
        <source> (now {lr:g})</source>
        <translation> (現在 {lr:g})</translation>
    </message>
    <message>
        <source>Training stopped: at epoch {epoch} the weights grew to {value:.3g}, far beyond useful sizes: sigmoid and tanh units saturate (outputs stuck at their limits, where the gradient vanishes) and other units overflow. {restored}; the learning rate{rate} is far too large, try a smaller learning rate.</source>
        <translation>学習を止めました: エポック {epoch} で重みが {value:.3g} まで大きくなり、役に立つ大きさをはるかに超えました。sigmoid や tanh のニューロンは飽和し (出力が限界に張りつき、勾配が消えます)、ほかのニューロンはオーバーフローします。{restored}。学習率{rate}が大きすぎるので、小さくしてみてください。</translation>
    </message>
    <message>
        <source>Training stopped: the loss became not a number (NaN) at epoch {epoch} (step {step}). {restored}; try a smaller learning rate{rate}.</source>
        <translation>学習を止めました: エポック {epoch} (ステップ {step}) で損失が NaN (非数) になりました。{restored}。学習率{rate}を小さくしてみてください。</translation>
    </message>
    <message>
        <source>Training stopped: the loss became infinite at epoch {epoch} (step {step}). {restored}; try a smaller learning rate{rate}.</source>
        <translation>学習を止めました: エポック {epoch} (ステップ {step}) で損失が無限大になりました。{restored}。学習率{rate}を小さくしてみてください。</translation>
    </message>
    <message>
        <source>Training stopped: the weights became not a number (NaN) at epoch {epoch} (step {step}). {restored}; try a smaller learning rate{rate}.</source>
        <translation>学習を止めました: エポック {epoch} (ステップ {step}) で重みが NaN (非数) になりました。{restored}。学習率{rate}を小さくしてみてください。</translation>
    </message>
    <message>
        <source>Step units have a zero gradient everywhere, so gradient descent cannot learn through them. Choose sigmoid, tanh or relu, or use the perceptron rule for a single step layer.</source>
        <translation>ステップ関数のニューロンは勾配がどこでも 0 なので、勾配降下法ではそれを通して学習できません。sigmoid、tanh、relu のどれかを選ぶか、ステップ関数 1 層ならパーセプトロンの学習則を使ってください。</translation>
    </message>
    <message>
        <source>{loss} needs outputs that are probabilities between 0 and 1, but the output layer is {out}. Use a {wanted} output, or the mse loss.</source>
        <translation>{loss} には 0 から 1 の確率の出力が必要ですが、出力層は {out} です。{wanted} の出力にするか、損失関数 mse を使ってください。</translation>
    </message>
    <message>
        <source>A softmax over a single output is always 1; use two or more outputs, or a sigmoid output.</source>
        <translation>出力が 1 つだけの softmax は常に 1 です。出力を 2 つ以上にするか、sigmoid の出力を使ってください。</translation>
    </message>
    <message>
        <source>The perceptron rule trains a single layer of step units only; use gradient descent (sgd, adam, ...) for other networks.</source>
        <translation>パーセプトロンの学習則で学習できるのは、ステップ関数のニューロン 1 層だけです。ほかのネットワークには勾配降下法 (sgd、adam など) を使ってください。</translation>
    </message>
    <message>
        <source>The data&apos;s inputs contain {count:,} NaN or infinite values (first in sample {sample}); fix the data (file or noise setting): no training setting can make a network learn from them.</source>
        <translation>データの入力に NaN か無限大の値が {count:,} 個あります (最初はサンプル {sample})。データ (ファイルかノイズの設定) を直してください。どんな学習の設定でも、これでは学習できません。</translation>
    </message>
    <message>
        <source>The data&apos;s targets contain {count:,} NaN or infinite values (first in sample {sample}); fix the data (file or noise setting): no training setting can make a network learn from them.</source>
        <translation>データの正解の値に NaN か無限大の値が {count:,} 個あります (最初はサンプル {sample})。データ (ファイルかノイズの設定) を直してください。どんな学習の設定でも、これでは学習できません。</translation>
    </message>
    <message>
        <source>The data&apos;s inputs reach {largest:.3g}, far beyond what a network can use; check the data (file or noise setting), or scale it to a range like -1…1.</source>
        <translation>データの入力が {largest:.3g} に達していて、ネットワークが扱える大きさをはるかに超えています。データ (ファイルかノイズの設定) を確かめるか、-1…1 のような範囲にスケーリングしてください。</translation>
    </message>
    <message>
        <source>The data&apos;s targets reach {largest:.3g}, far beyond what a network can use; check the data (file or noise setting), or scale it to a range like -1…1.</source>
        <translation>データの正解の値が {largest:.3g} に達していて、ネットワークが扱える大きさをはるかに超えています。データ (ファイルかノイズの設定) を確かめるか、-1…1 のような範囲にスケーリングしてください。</translation>
    </message>
    <message>
        <source>A single perceptron that computes AND: it fires (outputs 1) only when 0.5·x1 + 0.5·x2 − 0.7 is above 0, which happens only when both inputs are 1 (0.5 + 0.5 − 0.7 = 0.3). With just one input on, the sum is −0.2 and the step stays at 0. Try dragging the bias towards −0.2 and watch it turn into OR.</source>
        <translation>AND を計算する 1 つのパーセプトロンです。0.5·x1 + 0.5·x2 − 0.7 が 0 を超えたときだけ発火 (1 を出力) し、それは 2 つの入力がどちらも 1 のとき (0.5 + 0.5 − 0.7 = 0.3) だけです。入力が 1 つだけ 1 なら和は −0.2 で、ステップ関数は 0 のままです。バイアスを −0.2 のほうへドラッグして、OR に変わるのを見てみましょう。</translation>
    </message>
    <message>
        <source>Handwritten digits (64-100-10)</source>
        <translation>手書き数字 (64-100-10)</translation>
    </message>
    <message>
        <source>Recognises 8x8 images of handwritten digits: 64 pixel inputs, 100 sigmoid hidden units and 10 softmax outputs, one probability per digit. Trained with plain mini-batch SGD (learning rate 0.1, batches of 100) on cross-entropy, the two-layer network of the textbook&apos;s chapter 4, scaled down from MNIST; it gets over 95 % of the held-out images right. Feed it a digit and watch which output wins.</source>
        <translation>8x8 の手書き数字の画像を認識します。入力は 64 画素、隠れ層は sigmoid のニューロン 100 個、出力は softmax 10 個で、数字ごとに 1 つの確率です。教科書の 4 章の 2 層ネットワークを MNIST から小さくしたもので、交差エントロピー誤差に対して素朴なミニバッチ SGD (学習率 0.1、バッチサイズ 100) で学習させてあり、取り分けておいた画像の 95% 以上を正しく認識します。数字を入力して、どの出力が勝つか見てみましょう。</translation>
    </message>
    <message>
        <source>AND turned upside down: every weight and the bias of the AND perceptron change sign, so the unit fires unless both inputs are 1 (−0.5 − 0.5 + 0.7 = −0.3). NAND is universal: every other logic circuit, XOR included, can be built from NAND units alone.</source>
        <translation>AND を裏返したものです。AND のパーセプトロンの重みとバイアスの符号をすべて反転させたので、2 つの入力がどちらも 1 のとき (−0.5 − 0.5 + 0.7 = −0.3) 以外は発火します。NAND は万能です。XOR も含めて、ほかのどんな論理回路も NAND のニューロンだけで組み立てられます。</translation>
    </message>
    <message>
        <source>The same perceptron as AND with a smaller threshold: bias −0.2 means a single active input (0.5 − 0.2 = 0.3) is already enough to fire, and only (0, 0) stays below the line. The weights and bias together draw one straight line through the input square; everything on one side is 1.</source>
        <translation>しきい値を小さくした、AND と同じパーセプトロンです。バイアスが −0.2 なので、入力が 1 つ 1 になるだけ (0.5 − 0.2 = 0.3) で発火し、直線の下に残るのは (0, 0) だけです。重みとバイアスは入力の正方形に 1 本の直線を引き、その片側はすべて 1 になります。</translation>
    </message>
    <message>
        <source>Two spirals (2-8-8-1)</source>
        <translation>2 つの渦巻き (2-8-8-1)</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, as in TensorFlow Playground: no straight line or simple curve separates them. A 2-8-8-1 network with tanh hidden units and a sigmoid output, trained with Adam on binary cross-entropy, bends its decision boundary around both arms and classifies about 99 % of the held-out points correctly. Hover a hidden neuron to see the region it responds to: the first layer draws straight lines, the second combines them into curved bands.</source>
        <translation>TensorFlow Playground のような、絡み合った 2 本の渦巻きです。直線や単純な曲線では分けられません。隠れ層に tanh、出力に sigmoid を使った 2-8-8-1 のネットワークを、2値交差エントロピー誤差に対して Adam で学習させると、決定境界が両方の腕に沿って曲がり、取り分けておいた点の約 99% を正しく分類します。隠れニューロンにマウスを重ねると、そのニューロンが反応する領域が見えます。1 層目は直線を引き、2 層目はそれを組み合わせて曲がった帯にします。</translation>
    </message>
    <message>
        <source>Three-layer network (textbook)</source>
        <translation>3 層ネットワーク (教科書)</translation>
    </message>
    <message>
        <source>The 2-3-2-2 network worked through by hand in chapter 3 of &quot;Deep Learning from Scratch&quot;. Each layer computes A = X·W + b and passes it through the sigmoid; the output layer passes A through unchanged (identity). Feed it x = (1.0, 0.5) and it answers (0.3168, 0.6963), the values in the book: a good place to follow one forward pass neuron by neuron.</source>
        <translation>『ゼロから作る Deep Learning』の 3 章で手計算した 2-3-2-2 のネットワークです。各層は A = X·W + b を計算してシグモイド関数に通し、出力層は A をそのまま通します (恒等関数)。x = (1.0, 0.5) を入力すると、本と同じ (0.3168, 0.6963) を返します。順伝播をニューロンごとに追うのにちょうどよい例です。</translation>
    </message>
    <message>
        <source>XOR from NAND, OR and AND</source>
        <translation>NAND・OR・AND で作る XOR</translation>
    </message>
    <message>
        <source>No single straight line separates XOR&apos;s ones from its zeros, so one perceptron cannot compute it. Two layers can: the hidden layer holds a NAND unit and an OR unit, and the output unit ANDs them, firing only when at least one input is on (OR) but not both (NAND). Step units have zero slope almost everywhere, so gradient descent cannot train this network; change the activations to sigmoid to watch a network learn XOR instead.</source>
        <translation>XOR の 1 と 0 を 1 本の直線で分けることはできないので、1 つのパーセプトロンでは計算できません。2 層ならできます。隠れ層に NAND のニューロンと OR のニューロンを置き、出力ニューロンがその AND をとって、少なくとも 1 つの入力が 1 (OR) で、かつ両方ではない (NAND) ときだけ発火します。ステップ関数はほとんどどこでも傾きが 0 なので、このネットワークは勾配降下法では学習できません。活性化関数を sigmoid に変えると、ネットワークが XOR を学習するようすを見られます。</translation>
    </message>
</context>
</TS>
