<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActivationPlot</name>
    <message>
        <source>Which neuron&apos;s activation function is shown</source>
        <translation>どのニューロンの活性化関数を表示しているか</translation>
    </message>
    <message>
        <source>show derivative</source>
        <translation>導関数を表示</translation>
    </message>
    <message>
        <source>Also plot f′(a), the slope backpropagation multiplies by</source>
        <translation>f′(a) も描きます。誤差逆伝播法で掛け合わされる傾きです</translation>
    </message>
    <message>
        <source>The neuron&apos;s current pre-activation a and output y = f(a)</source>
        <translation>ニューロンの現在の重み付き和 a と出力 y = f(a)</translation>
    </message>
    <message>
        <source>a (pre-activation)</source>
        <translation>a (重み付き和)</translation>
    </message>
    <message>
        <source>The activation function; the marker is the neuron&apos;s current (a, y)</source>
        <translation>活性化関数。マーカーはニューロンの現在の (a, y) です</translation>
    </message>
    <message>
        <source>Showing the neuron the selected link feeds.</source>
        <translation>選択したリンクの先にあるニューロンを表示しています。</translation>
    </message>
    <message>
        <source>Showing the first output; select a neuron to see its own.</source>
        <translation>最初の出力を表示しています。ニューロンを選択すると、その関数を表示します。</translation>
    </message>
    <message>
        <source>f = {name} of neuron {neuron}</source>
        <translation>ニューロン {neuron} の f = {name}</translation>
    </message>
    <message>
        <source>Softmax couples the outputs: the curve is {0} as a function of its own logit, the layer&apos;s other logits held at their current values.</source>
        <translation>ソフトマックス関数は出力どうしを結び付けます。この曲線は {0} を自分のロジットの関数として描いたもので、層のほかのロジットは現在の値に固定しています。</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>The decision boundary is drawn for networks with 2 inputs</source>
        <translation>決定境界は入力が 2 つのネットワークについて描かれます</translation>
    </message>
    <message>
        <source>The decision boundary shows the network&apos;s answer over the plane of its two inputs, around the data it learns from. This network has no dataset yet: pick one with 2 inputs in the Training tab (circle, xor, gauss, spiral, moons or a logic gate).</source>
        <translation>決定境界は、学習に使うデータのまわりで、2 つの入力がつくる平面上のネットワークの答えを示します。このネットワークにはまだデータセットがありません。「学習」パネルで入力が 2 つのデータセット (circle、xor、gauss、spiral、moons または論理ゲート) を選んでください。</translation>
    </message>
    <message>
        <source>What the heatmap shows: the network&apos;s output, or the neuron under the mouse on the canvas</source>
        <translation>ヒートマップが示すもの: ネットワークの出力、またはキャンバス上でマウスの下にあるニューロンの出力</translation>
    </message>
    <message>
        <source>The network&apos;s answer at every point of the input plane.
Colour = predicted class, paler = less sure; the pale seam is the decision boundary.
Filled circles: training samples. Hollow squares: test samples. Click one to probe it.</source>
        <translation>入力平面の各点でのネットワークの答えです。
色 = 予測したクラス、淡いほど確信が低い。淡い境目が決定境界です。
塗りつぶした円: 訓練データのサンプル。中空の四角: テストデータのサンプル。クリックするとそのサンプルを調べます。</translation>
    </message>
    <message>
        <source>Class colours and point symbols; + is the current input (the Inputs panel)</source>
        <translation>クラスの色と点の記号。+ は現在の入力 (「入力」パネル) です</translation>
    </message>
    <message>
        <source>current input ({0}, {1})</source>
        <translation>現在の入力 ({0}, {1})</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>決定境界</translation>
    </message>
    <message>
        <source>The decision boundary is drawn over the plane of two inputs, but the {name} data has {features} features. Pick a dataset with 2 inputs in the Training tab, or a network with {features} inputs for this one.</source>
        <translation>決定境界は 2 つの入力がつくる平面上に描かれますが、{name} データの特徴量は {features} 個です。「学習」パネルで入力が 2 つのデータセットを選ぶか、このデータには入力が {features} 個のネットワークを使ってください。</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>注目サンプル</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>正解 {0}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>クラス {0}</translation>
    </message>
    <message>
        <source>training sample {row}: ({x}, {y}), {label}</source>
        <translation>訓練サンプル {row}: ({x}, {y})、{label}</translation>
    </message>
    <message>
        <source>test sample {row}: ({x}, {y}), {label}</source>
        <translation>テストサンプル {row}: ({x}, {y})、{label}</translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>ネットワークの出力</translation>
    </message>
    <message>
        <source>Input {0}</source>
        <translation>入力 {0}</translation>
    </message>
    <message>
        <source>Output neuron {label} ({activation})</source>
        <translation>出力ニューロン {label} ({activation})</translation>
    </message>
    <message>
        <source>Hidden neuron {label} ({activation})</source>
        <translation>隠れ層のニューロン {label} ({activation})</translation>
    </message>
    <message>
        <source>{0}: P(class {1})</source>
        <translation>{0}: P(クラス {1})</translation>
    </message>
</context>
<context>
    <name>CanvasFormula</name>
    <message>
        <source>inputs</source>
        <translation>入力層</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力層</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>出力層</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>隠れ層 {0}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隠れ層</translation>
    </message>
    <message>
        <source>{0} neurons</source>
        <translation>ニューロン {0} 個</translation>
    </message>
    <message>
        <source>({0} terms)</source>
        <translation>({0} 項)</translation>
    </message>
    <message>
        <source>{label} — {layer}, neuron {number}</source>
        <translation>{label} — {layer}、ニューロン {number}</translation>
    </message>
    <message>
        <source>value = {0}</source>
        <translation>値 = {0}</translation>
    </message>
    <message>
        <source>Click to select it and set its value.</source>
        <translation>クリックで選択して値を設定できます。</translation>
    </message>
    <message>
        <source>where {0}</source>
        <translation>ただし {0}</translation>
    </message>
    <message>
        <source>softmax: e^a of this neuron divided by the sum of e^a over the layer</source>
        <translation>softmax: このニューロンの e^a を層全体の e^a の和で割った値</translation>
    </message>
    <message>
        <source>Click to select it and edit its bias or activation.</source>
        <translation>クリックで選択して、バイアスや活性化関数を編集できます。</translation>
    </message>
    <message>
        <source>Click to select this weight and edit it.</source>
        <translation>クリックでこの重みを選択して編集できます。</translation>
    </message>
</context>
<context>
    <name>CanvasLegend</name>
    <message>
        <source>How to read the diagram:
• a link&apos;s colour is the sign of its weight, its width is |w| (relative to the largest weight in the network)
• a neuron&apos;s shade is its current output (saturating at ±1); the number is its output, &quot;b&quot; its bias
Hover a neuron or link for its formula; click to select it.</source>
        <translation>図の読み方:
• リンクの色は重みの符号、太さは |w| (ネットワーク内で最大の重みに対する相対値)
• ニューロンの濃淡は現在の出力 (±1 で飽和)。数字は出力、「b」はバイアス
ニューロンやリンクにマウスを重ねると式を表示し、クリックで選択します。</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>正の重み</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>負の重み</translation>
    </message>
    <message>
        <source>width = |w|</source>
        <translation>太さ = |w|</translation>
    </message>
    <message>
        <source>neuron shade = output</source>
        <translation>ニューロンの濃淡 = 出力</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <source>no dataset chosen</source>
        <translation>データセット未選択</translation>
    </message>
    <message>
        <source>binary 0/1</source>
        <translation>2値 0/1</translation>
    </message>
    <message>
        <source>Checked: each input is a 0/1 toggle (logic gates).
Unchecked: each input is a continuous slider.</source>
        <translation>オン: 各入力を 0/1 の切り替えボタンにします (論理ゲート)。
オフ: 各入力を連続値のスライダーにします。</translation>
    </message>
    <message>
        <source>Input {0}: click to switch between 0 and 1</source>
        <translation>入力 {0}: クリックで 0 と 1 を切り替えます</translation>
    </message>
    <message>
        <source>Value of input {0}</source>
        <translation>入力 {0} の値</translation>
    </message>
    <message>
        <source>The current input vector drawn as an image (dark = 0, light = high)</source>
        <translation>現在の入力ベクトルを画像として表示 (暗い = 0、明るい = 大きい値)</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Feed this sample of the dataset into the network (one undo step).
Samples count from 1, as in the probe panel.</source>
        <translation>データセットのこのサンプルをネットワークに入力します (1 回で元に戻せます)。
サンプル番号は、「注目サンプル」パネルと同じく 1 から数えます。</translation>
    </message>
    <message>
        <source>use</source>
        <translation>使う</translation>
    </message>
    <message>
        <source>Feed the sample shown in the box into the network (one undo step)</source>
        <translation>ボックスのサンプルをネットワークに入力します (1 回で元に戻せます)</translation>
    </message>
    <message>
        <source>{name}: {count} samples</source>
        <translation>{name}: {count} サンプル</translation>
    </message>
    <message>
        <source>dataset &apos;{name}&apos; has {features} features, the network {inputs} inputs</source>
        <translation>データセット「{name}」の特徴量は {features} 個、ネットワークの入力は {inputs} 個です</translation>
    </message>
    <message>
        <source>No samples to pick: {0}.</source>
        <translation>選べるサンプルがありません ({0})。</translation>
    </message>
    <message>
        <source>all zeros</source>
        <translation>すべて 0</translation>
    </message>
    <message>
        <source>Set every input to 0 (one undo step)</source>
        <translation>すべての入力を 0 にします (1 回で元に戻せます)</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Set every input to a random value in the dataset&apos;s range (0…1 without a dataset)</source>
        <translation>すべての入力をデータセットの範囲内のランダムな値にします (データセットがなければ 0…1)</translation>
    </message>
    <message>
        <source>{name} sample {number} of {count}: class {label}</source>
        <translation>{name} のサンプル {number}/{count}: クラス {label}</translation>
    </message>
    <message>
        <source>{count} inputs · min {min} · max {max} · mean {mean}</source>
        <translation>入力 {count} 個 · 最小 {min} · 最大 {max} · 平均 {mean}</translation>
    </message>
    <message>
        <source>0/1 toggles</source>
        <translation>0/1 切り替え</translation>
    </message>
    <message>
        <source>sliders</source>
        <translation>スライダー</translation>
    </message>
    <message>
        <source>a dataset sample</source>
        <translation>データセットのサンプル</translation>
    </message>
    <message>
        <source>1 input · {0}</source>
        <translation>入力 1 個 · {0}</translation>
    </message>
    <message>
        <source>{0} inputs · {1}</source>
        <translation>入力 {0} 個 · {1}</translation>
    </message>
    <message>
        <source>(not an image)</source>
        <translation>(画像ではありません)</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>The latest epoch&apos;s loss and accuracy on the training set (and the test set).
They describe the weights at the end of the last training run (“Last run”); after you edit a weight or bias they no longer describe the network as it is now (“Before edits”).
The truth table and the outputs always show the weights as they are now.</source>
        <translation>最新エポックの訓練データ (とテストデータ) での損失と認識精度です。
最後の学習を終えた時点の重みについての値です (「前回の学習」)。重みやバイアスを編集すると、今のネットワークの値ではなくなります (「編集前」)。
真理値表と出力は常に今の重みを示します。</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible.
Epochs with a loss of exactly 0 are left out.</source>
        <translation>損失を対数軸で表示します。終盤の小さな改善も見えるようになります。
損失がちょうど 0 のエポックは除きます。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Loss per epoch: solid = training set, dashed = test set</source>
        <translation>エポックごとの損失: 実線 = 訓練データ、破線 = テストデータ</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>Share of samples classified correctly: solid = training set, dashed = test set</source>
        <translation>正しく分類されたサンプルの割合: 実線 = 訓練データ、破線 = テストデータ</translation>
    </message>
    <message>
        <source>No training yet. The loss appears here, epoch by epoch, once training starts.</source>
        <translation>まだ学習していません。学習を始めると、エポックごとの損失がここに表示されます。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>エポックごとの損失</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Before edits</source>
        <translation>編集前</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回の学習</translation>
    </message>
    <message>
        <source>loss: train {0}, test {1}</source>
        <translation>損失: 訓練 {0}、テスト {1}</translation>
    </message>
    <message>
        <source>loss: train {0}</source>
        <translation>損失: 訓練 {0}</translation>
    </message>
    <message>
        <source>accuracy: train {0}, test {1}</source>
        <translation>認識精度: 訓練 {0}、テスト {1}</translation>
    </message>
    <message>
        <source>accuracy: train {0}</source>
        <translation>認識精度: 訓練 {0}</translation>
    </message>
    <message>
        <source>{when} · epoch {epoch}</source>
        <translation>{when} · エポック {epoch}</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Click a neuron or a link to select it · drag to pan · wheel or Ctrl+plus/minus to zoom · Ctrl+0 fits</source>
        <translation>ニューロンやリンクをクリックで選択 · ドラッグで移動 · ホイールまたは Ctrl+プラス/マイナスで拡大縮小 · Ctrl+0 で全体表示</translation>
    </message>
</context>
<context>
    <name>OutputsPanel</name>
    <message>
        <source>The network&apos;s output values for the current inputs</source>
        <translation>現在の入力に対するネットワークの出力値</translation>
    </message>
    <message>
        <source>One bar per output neuron; the number above a bar is its value</source>
        <translation>出力ニューロンごとに 1 本の棒。棒の上の数字はその値です</translation>
    </message>
    <message>
        <source>probabilities (softmax, sum = {0})</source>
        <translation>確率 (softmax、合計 = {0})</translation>
    </message>
    <message>
        <source>outputs ({0})</source>
        <translation>出力（{0}）</translation>
    </message>
</context>
<context>
    <name>ProbabilityPlot</name>
    <message>
        <source>true &lt;b&gt;{true}&lt;/b&gt;, {verdict}</source>
        <translation>正解 &lt;b&gt;{true}&lt;/b&gt;、{verdict}</translation>
    </message>
    <message>
        <source>The probe sample, its true class and what the network predicts for it</source>
        <translation>注目サンプル、その正解のクラス、ネットワークの予測</translation>
    </message>
    <message>
        <source>The network&apos;s output for the probe sample, one bar per class.
The outlined bar is the true class.</source>
        <translation>注目サンプルに対するネットワークの出力です。クラスごとに 1 本の棒を描きます。
枠で囲んだ棒が正解のクラスです。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>The probe sample as an image</source>
        <translation>注目サンプルの画像</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Pick the sample whose outputs are shown (the probe); clicking a point in the decision-boundary plot picks it too</source>
        <translation>出力を表示するサンプル (注目サンプル) を選びます。決定境界の図で点をクリックしても選べます</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>前のサンプル</translation>
    </message>
    <message>
        <source>Which sample to look at (its row number in the set named on the right)</source>
        <translation>見るサンプル (右に示したデータの中の行番号)</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>次のサンプル</translation>
    </message>
    <message>
        <source>The set the sample comes from: the test set, or the training set when there is no test set</source>
        <translation>サンプルの出どころ: テストデータ、テストデータがなければ訓練データ</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>share of outputs</source>
        <translation>出力の割合</translation>
    </message>
    <message>
        <source>of {0} (test set)</source>
        <translation>/ {0}（テストデータ）</translation>
    </message>
    <message>
        <source>of {0} (training set)</source>
        <translation>/ {0}（訓練データ）</translation>
    </message>
    <message>
        <source>Test set #{0}</source>
        <translation>テストデータ #{0}</translation>
    </message>
    <message>
        <source>Training set #{0}</source>
        <translation>訓練データ #{0}</translation>
    </message>
    <message>
        <source>Current inputs</source>
        <translation>現在の入力</translation>
    </message>
    <message>
        <source>predicted &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>予測 &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <source>{where}: {verdict}</source>
        <translation>{where}: {verdict}</translation>
    </message>
    <message>
        <source>predicted &lt;b&gt;{0}&lt;/b&gt; (output {1})</source>
        <translation>予測 &lt;b&gt;{0}&lt;/b&gt; (出力 {1})</translation>
    </message>
    <message>
        <source>predicted &lt;b&gt;{0}&lt;/b&gt; (largest output {1})</source>
        <translation>予測 &lt;b&gt;{0}&lt;/b&gt; (最大の出力 {1})</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>正解 {0}</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>出力 {0}</translation>
    </message>
    <message>
        <source>The data has {0} features but the network has {1} inputs</source>
        <translation>データの特徴量は {0} 個ですが、ネットワークの入力は {1} 個です</translation>
    </message>
</context>
<context>
    <name>ProbeSet</name>
    <message>
        <source>test set</source>
        <translation>テストデータ</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>訓練データ</translation>
    </message>
</context>
<context>
    <name>TruthTablePanel</name>
    <message>
        <source>target</source>
        <extracomment>True when the panel shows a table, False when it explains why there is none (e.g. spiral data).</extracomment>
        <translation>目標</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The logic gate the outputs are checked against (output &gt; 0.5 counts as 1)</source>
        <translation>出力を照らし合わせる論理ゲート (出力 &gt; 0.5 を 1 とみなします)</translation>
    </message>
    <message>
        <source>How many rows the network gets right for the chosen target, with the weights as they are now</source>
        <translation>今の重みで、選んだ目標に対してネットワークが正しく答えた行の数</translation>
    </message>
    <message>
        <source>Which logic gate the output computes right now (output &gt; 0.5 counts as 1)</source>
        <translation>出力が今どの論理ゲートを計算しているか (出力 &gt; 0.5 を 1 とみなします)</translation>
    </message>
    <message>
        <source>Click a row to feed that input combination into the network</source>
        <translation>行をクリックすると、その入力の組み合わせをネットワークに入力します</translation>
    </message>
    <message>
        <source>Click a row to feed it into the network.</source>
        <translation>行をクリックするとネットワークに入力します。</translation>
    </message>
    <message>
        <source>A truth table lists every 0/1 combination of the inputs. This network has {inputs} inputs ({rows} rows), so the table is shown only for networks with up to {most} inputs.</source>
        <translation>真理値表は入力の 0/1 の組み合わせをすべて並べます。このネットワークは入力が {inputs} 個 ({rows} 行) あるため、表示しません。真理値表は入力が {most} 個までのネットワークに表示します。</translation>
    </message>
    <message>
        <source>A truth table lists the outputs for every 0/1 combination of the inputs. The {name} data&apos;s inputs are not 0/1 values ({features}), so such a table would show inputs the network never sees. It is shown for logic-gate data and for networks without a dataset.</source>
        <translation>真理値表は入力の 0/1 のすべての組み合わせに対する出力を並べます。{name} データの入力は 0/1 の値ではない ({features}) ため、このような表はネットワークが見ることのない入力を示すことになります。真理値表は論理ゲートのデータと、データセットのないネットワークについて表示します。</translation>
    </message>
    <message>
        <source>A truth table is shown for logic-gate data (0/1 inputs) and for networks without a dataset; this network&apos;s data ({0}) cannot be checked for 0/1 inputs here.</source>
        <translation>真理値表は論理ゲートのデータ (0/1 の入力) と、データセットのないネットワークについて表示します。このネットワークのデータ ({0}) は、入力が 0/1 かどうかをここでは確認できません。</translation>
    </message>
    <message>
        <source>Logic gates need 2 to 4 inputs</source>
        <translation>論理ゲートには 2〜4 個の入力が必要です</translation>
    </message>
    <message>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>input {0}</source>
        <translation>入力 {0}</translation>
    </message>
    <message>
        <source>output {0} of the network for this row</source>
        <translation>この行に対するネットワークの出力 {0}</translation>
    </message>
    <message>
        <source>what the target gate says for this row</source>
        <translation>この行に対する目標ゲートの値</translation>
    </message>
    <message>
        <source>✓ when the network&apos;s answer (output &gt; 0.5, or the largest output) matches the target</source>
        <translation>ネットワークの答え (出力 &gt; 0.5、または最大の出力) が目標と一致すれば ✓</translation>
    </message>
    <message>
        <source>✓ when the network&apos;s answer (output &gt; 0.5) matches the target</source>
        <translation>ネットワークの答え (出力 &gt; 0.5) が目標と一致すれば ✓</translation>
    </message>
    <message>
        <source>Choose a target gate to check the outputs</source>
        <translation>出力を確かめるには目標のゲートを選んでください</translation>
    </message>
    <message>
        <source>{mark} {right}/{total} correct now</source>
        <translation>{mark} 現在 {right}/{total} 正解</translation>
    </message>
    <message>
        <source>With the weights as they are now, {right} of {total} rows match {gate}.</source>
        <translation>今の重みでは、{total} 行のうち {right} 行が {gate} と一致します。</translation>
    </message>
    <message>
        <source>With the weights as they are now, {right} of {total} rows match {gate}; {wrong} wrong.</source>
        <translation>今の重みでは、{total} 行のうち {right} 行が {gate} と一致し、{wrong} 行が誤りです。</translation>
    </message>
    <message>
        <source>The accuracy beside the loss curve is that of the weights at the end of the last training run.</source>
        <translation>損失曲線の横の認識精度は、最後の学習を終えた時点の重みのものです。</translation>
    </message>
    <message>
        <source>computes: no standard gate</source>
        <translation>現在のゲート: 標準のゲートではありません</translation>
    </message>
    <message>
        <source>computes: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>現在のゲート: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
</context>
</TS>
