<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActivationGallery</name>
    <message>
        <source>h(a) = 1 if a &gt; 0 else 0</source>
        <translation>a &gt; 0 なら h(a) = 1、それ以外は 0</translation>
    </message>
    <message>
        <source>h(a) = a if a &gt; 0 else 0.01a</source>
        <translation>a &gt; 0 なら h(a) = a、それ以外は 0.01a</translation>
    </message>
    <message>
        <source>Activation functions h(a) and their derivatives h′(a)</source>
        <translation>活性化関数 h(a) とその微分 h′(a)</translation>
    </message>
    <message>
        <source>Drag to change a in every plot</source>
        <translation>ドラッグするとすべてのグラフの a が変わります</translation>
    </message>
    <message>
        <source>Input a</source>
        <translation>入力 a</translation>
    </message>
    <message>
        <source>drag the orange line in any plot</source>
        <translation>どのグラフでもオレンジの線をドラッグできます</translation>
    </message>
    <message>
        <source>Step has slope 0 everywhere (undefined at 0), so gradient descent cannot learn through it; sigmoid&apos;s slope is at most 0.25 and tanh&apos;s at most 1, and both vanish for large |a|; ReLU passes the gradient unchanged where a &gt; 0 and stops it where a &lt; 0 (leaky ReLU lets 1 % through).</source>
        <translation>ステップ関数の傾きはどこでも 0 (0 では定義されない) なので、勾配降下法はこれを通して学習できません。sigmoid の傾きは最大 0.25、tanh は最大 1 で、どちらも |a| が大きいと消失します。ReLU は a &gt; 0 では勾配をそのまま通し、a &lt; 0 では止めます (leaky ReLU は 1% だけ通します)。</translation>
    </message>
</context>
<context>
    <name>ConfusionLab</name>
    <message>
        <source>Rows: true class · columns: predicted class</source>
        <translation>行: 正解クラス · 列: 予測クラス</translation>
    </message>
    <message>
        <source>The diagonal (green) counts correct answers; every other cell is one kind of mistake. Recall: the share of a true class found; precision: the share of a prediction that was right. Click a cell to see its samples.</source>
        <translation>対角線 (緑) は正解の数、それ以外のセルはそれぞれ 1 種類の誤りです。再現率: 正解クラスのうち見つけられた割合。適合率: 予測のうち正しかった割合。セルをクリックするとそのサンプルを表示します。</translation>
    </message>
    <message>
        <source>Click a cell of the matrix</source>
        <translation>行列のセルをクリックしてください</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Samples in the cell</source>
        <translation>セルのサンプル</translation>
    </message>
    <message>
        <source>Choose a dataset in the Training panel: the matrix counts its test samples.</source>
        <translation>「学習」パネルでデータセットを選んでください。行列はそのテストデータを数えます。</translation>
    </message>
    <message>
        <source>{dataset} is a regression dataset: a confusion matrix needs classes.</source>
        <translation>{dataset} は回帰のデータセットです。混同行列にはクラスが必要です。</translation>
    </message>
    <message>
        <source>The network has {inputs} inputs; {dataset} has {features} features.</source>
        <translation>ネットワークの入力は {inputs} 個ですが、{dataset} の特徴量は {features} 個です。</translation>
    </message>
    <message>
        <source>The network has {outputs} outputs; {dataset} has {classes} classes (use one output per class).</source>
        <translation>ネットワークの出力は {outputs} 個ですが、{dataset} のクラスは {classes} 個です (クラスごとに出力を 1 つ用意してください)。</translation>
    </message>
    <message>
        <source>{dataset}: {where}, {count} samples — accuracy {accuracy} %</source>
        <translation>{dataset}: {where}、{count} サンプル — 認識精度 {accuracy}%</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>{count} samples of class {true} predicted as {predicted}</source>
        <translation>クラス {true} のサンプル {count} 個を {predicted} と予測</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>{count} samples of class {true} predicted as {predicted} (correct)</source>
        <translation>クラス {true} のサンプル {count} 個を {predicted} と予測 (正解)</translation>
    </message>
    <message>
        <source>{count} samples of class {true} predicted as {predicted} (mistaken)</source>
        <translation>クラス {true} のサンプル {count} 個を {predicted} と予測 (誤り)</translation>
    </message>
    <message>
        <source>Rows: {rows}</source>
        <translation>行: {rows}</translation>
    </message>
    <message>
        <source>sample {index} of {count}: row #{row}, shown in the Probe sample panel</source>
        <translation>{count} 個中 {index} 個目: 行 #{row} (「注目サンプル」パネルに表示)</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>Current inputs</source>
        <translation>現在の入力</translation>
    </message>
    <message>
        <source>One training sample</source>
        <translation>訓練サンプル 1 個</translation>
    </message>
    <message>
        <source>A mini-batch</source>
        <translation>ミニバッチ</translation>
    </message>
    <message>
        <source>Step through the current inputs (with a target you pick), one sample of the training set, or a mini-batch of the size set in Training</source>
        <translation>現在の入力 (正解の値は自分で選ぶ)、訓練データのサンプル 1 個、または「学習」パネルで設定したサイズのミニバッチを順に追います</translation>
    </message>
    <message>
        <source>row </source>
        <translation>行 </translation>
    </message>
    <message>
        <source>Which training sample (or the first row of the mini-batch)</source>
        <translation>どの訓練サンプルか (ミニバッチなら先頭の行)</translation>
    </message>
    <message>
        <source>target t:</source>
        <translation>正解 t:</translation>
    </message>
    <message>
        <source>one-hot, class </source>
        <translation>one-hot、クラス </translation>
    </message>
    <message>
        <source>The target for the current inputs: 1 for this output, 0 for the others</source>
        <translation>現在の入力に対する正解の値: この出力が 1、ほかは 0</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>データ:</translation>
    </message>
    <message>
        <source>the current inputs (Inputs panel)</source>
        <translation>現在の入力 (「入力」パネル)</translation>
    </message>
    <message>
        <source>There is no training set: pick a dataset in the Training tab, or use the current inputs.</source>
        <translation>訓練データがありません。「学習」パネルでデータセットを選ぶか、現在の入力を使ってください。</translation>
    </message>
    <message>
        <source>The training set has {features} features; the network has {inputs} inputs.</source>
        <translation>訓練データの特徴量は {features} 個ですが、ネットワークの入力は {inputs} 個です。</translation>
    </message>
    <message>
        <source>training sample {index} of {count}</source>
        <translation>訓練サンプル {count} 個中の {index}</translation>
    </message>
    <message>
        <source>a mini-batch: training rows {first}–{last} ({count} row)</source>
        <translation>ミニバッチ: 訓練データの行 {first}–{last} ({count} 行)</translation>
    </message>
    <message>
        <source>a mini-batch: training rows {first}–{last} ({count} rows)</source>
        <translation>ミニバッチ: 訓練データの行 {first}–{last} ({count} 行)</translation>
    </message>
    <message>
        <source>Target for output {name}</source>
        <translation>出力 {name} の正解の値</translation>
    </message>
    <message>
        <source>targets from the dataset</source>
        <translation>正解の値はデータセットから</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>the learning rate is too large: every step overshoots further</source>
        <translation>学習率が大きすぎます。ステップのたびに行き過ぎが大きくなります</translation>
    </message>
    <message>
        <source>the learning rate is too small: the steps are too short to matter</source>
        <translation>学習率が小さすぎます。ステップが短すぎてほとんど進みません</translation>
    </message>
    <message>
        <source>the point reached the minimum at (0, 0)</source>
        <translation>点は (0, 0) の最小値に到達しました</translation>
    </message>
    <message>
        <source>heading down, but more steps or a larger learning rate are needed</source>
        <translation>下っていますが、もっと多くのステップか大きな学習率が必要です</translation>
    </message>
    <message>
        <source>Gradient descent with numerical gradients: {formula}</source>
        <translation>数値微分による勾配降下法: {formula}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Try the textbook&apos;s rates: 10 (diverges), 1e-10 (never moves), 0.1 (converges). Drag init_x to start elsewhere.</source>
        <translation>教科書の学習率を試してみましょう: 10 (発散)、1e-10 (ほとんど動かない)、0.1 (収束)。init_x をドラッグすると別の場所から始められます。</translation>
    </message>
    <message>
        <source>{why}; from step {step} on x is so large that x + h == x, the numerical gradient is 0 and x stops</source>
        <translation>{why}。ステップ {step} 以降は x が大きすぎて x + h == x となり、数値微分による勾配が 0 になって x は止まります</translation>
    </message>
    <message>
        <source>init_x = ({x0}, {x1}), lr = {lr}: after {steps} steps x = ({end0}, {end1})</source>
        <translation>init_x = ({x0}, {x1})、lr = {lr}: {steps} ステップ後 x = ({end0}, {end1})</translation>
    </message>
</context>
<context>
    <name>DigitPadLab</name>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>1 画戻す</translation>
    </message>
    <message>
        <source>Use as the network&apos;s input</source>
        <translation>ネットワークの入力にする</translation>
    </message>
    <message>
        <source>Set the main window&apos;s inputs to this image (one undo step)</source>
        <translation>メインウィンドウの入力をこの画像にします (1 回で元に戻せます)</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>描画パッド</translation>
    </message>
    <message>
        <source>What the network reads</source>
        <translation>ネットワークが読む画像</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>The network&apos;s outputs</source>
        <translation>ネットワークの出力</translation>
    </message>
    <message>
        <source>This network cannot read a drawing</source>
        <translation>このネットワークは絵を読めません</translation>
    </message>
    <message>
        <source>The current network has {inputs} inputs. Drawings become 8×8 images (64 inputs) or 28×28 images (784 inputs): open File → Examples → Handwritten digits, or build a network with 64 or 784 inputs.</source>
        <translation>現在のネットワークの入力は {inputs} 個です。描いた絵は 8×8 の画像 (入力 64 個) か 28×28 の画像 (入力 784 個) になります。「ファイル → 例題 → 手書き数字 (64-100-10)」を開くか、入力が 64 個または 784 個のネットワークを作ってください。</translation>
    </message>
    <message>
        <source>{rows}×{cols} = {count} inputs, 0 (white) to 1 (black).</source>
        <translation>{rows}×{cols} = 入力 {count} 個、0 (白) から 1 (黒)。</translation>
    </message>
    <message>
        <source>Scaled so the larger side fills a 32×32 field, drawn with a thick pen, then each 4×4 block counted, like the bundled UCI digits.</source>
        <translation>長い辺が 32×32 の枠いっぱいになるよう拡大縮小し、太いペンで描いてから 4×4 のブロックごとに数えます (付属の UCI 手書き数字と同じ)。</translation>
    </message>
    <message>
        <source>Fitted into a 20×20 box and centred by its centre of mass in 28×28, like MNIST.</source>
        <translation>MNIST と同じく、20×20 の枠に収めてから重心で 28×28 の中央に置きます。</translation>
    </message>
    <message>
        <source>Draw a digit on the pad</source>
        <translation>パッドに数字を描いてください</translation>
    </message>
    <message>
        <source>output {value}</source>
        <translation>出力 {value}</translation>
    </message>
    <message>
        <source>The network says {label} ({what})</source>
        <translation>ネットワークの答え: {label} ({what})</translation>
    </message>
    <message>
        <source>Softmax probabilities, one per class; they sum to 1.</source>
        <translation>softmax の確率 (クラスごとに 1 つ)。合計は 1 です。</translation>
    </message>
    <message>
        <source>The output layer is not softmax: these are its raw outputs, not probabilities.</source>
        <translation>出力層が softmax ではありません。これは確率ではなく、そのままの出力値です。</translation>
    </message>
</context>
<context>
    <name>DivergencePage</name>
    <message>
        <source>Training has not diverged. If a run stops on NaN or infinity, this page shows where it started and suggests a learning rate.</source>
        <translation>学習は発散していません。NaN や無限大で学習が止まったときは、このページがどこから始まったかを示し、学習率を提案します。</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ per layer (log)</source>
        <translation>層ごとの ‖∂L/∂W‖ (対数)</translation>
    </message>
    <message>
        <source>step of the replay</source>
        <translation>再現のステップ</translation>
    </message>
    <message>
        <source>Explain the last divergence again</source>
        <translation>直前の発散をもう一度説明</translation>
    </message>
    <message>
        <source>The replay starts from the weights the run started with, with the same loss, optimizer, batch size and seed, so it meets the same mini-batches (a run resumed after a pause restarts its optimizer&apos;s momentum here). Candidate learning rates are halved until 200 steps (fewer for big networks) stay finite and lower the loss.</source>
        <translation>再現は学習を始めたときの重みから、同じ損失関数・最適化手法・バッチサイズ・シードで行うので、同じミニバッチを通ります (一時停止後に再開した学習は、ここでは最適化手法のモーメンタムがリセットされます)。学習率の候補は、200 ステップ (大きなネットワークではそれより少なく) が有限のまま損失を下げるまで半分にしていきます。</translation>
    </message>
    <message>
        <source>There is no training set to replay.</source>
        <translation>再現する訓練データがありません。</translation>
    </message>
    <message>
        <source>Replay of the training settings from the current weights.</source>
        <translation>現在の重みから学習の設定を再現しました。</translation>
    </message>
    <message>
        <source>Replaying the run (learning rate {lr}), the loss stopped being finite at step {step}.</source>
        <translation>学習を再現すると (学習率 {lr})、ステップ {step} で損失が有限でなくなりました。</translation>
    </message>
    <message>
        <source>Replaying the run (learning rate {lr}), the weights stopped being finite at step {step}.</source>
        <translation>学習を再現すると (学習率 {lr})、ステップ {step} で重みが有限でなくなりました。</translation>
    </message>
    <message>
        <source>Where it started: {culprit}</source>
        <translation>始まった場所: {culprit}</translation>
    </message>
    <message>
        <source>The forward pass first overflows in layer {layer} (its a or z is no longer finite).</source>
        <translation>順伝播で最初にオーバーフローするのは第 {layer} 層です (a または z が有限でなくなります)。</translation>
    </message>
    <message>
        <source>The largest layer gradient norm grew {growth}-fold in the last {steps} steps: each step overshoots the minimum by more than the last.</source>
        <translation>層ごとの勾配のノルムの最大値は、最後の {steps} ステップで {growth} 倍になりました。ステップのたびに、最小値を前回より大きく行き過ぎています。</translation>
    </message>
    <message>
        <source>Replaying {steps} steps with learning rate {lr} stayed finite.</source>
        <translation>学習率 {lr} で {steps} ステップを再現しましたが、有限のままでした。</translation>
    </message>
    <message>
        <source>Learning rate {lr} trains without overflowing and lowers the loss in the replay.</source>
        <translation>学習率 {lr} なら、再現でオーバーフローせずに損失が下がります。</translation>
    </message>
    <message>
        <source>Use learning rate {lr}</source>
        <translation>学習率 {lr} を使う</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>第 {layer} 層</translation>
    </message>
    <message>
        <source>Learning rate set to {lr}</source>
        <translation>学習率を {lr} にしました</translation>
    </message>
</context>
<context>
    <name>DrawDataLab</name>
    <message>
        <source>Class of new points</source>
        <translation>新しい点のクラス</translation>
    </message>
    <message>
        <source>class {number}</source>
        <translation>クラス {number}</translation>
    </message>
    <message>
        <source>Click on the plane to add a point; drag across points to erase them.</source>
        <translation>平面をクリックすると点を追加、点の上をドラッグすると消去します。</translation>
    </message>
    <message>
        <source>Train on these points</source>
        <translation>この点で学習する</translation>
    </message>
    <message>
        <source>Make these points the network&apos;s dataset (saved with the network file)</source>
        <translation>これらの点をネットワークのデータセットにします (ネットワークのファイルに保存されます)</translation>
    </message>
    <message>
        <source>Clear all points</source>
        <translation>すべての点を消去</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>あなたのデータ</translation>
    </message>
    <message>
        <source>{count} of class {number}</source>
        <translation>クラス {number} が {count} 個</translation>
    </message>
    <message>
        <source>{count} points: {classes}</source>
        <translation>{count} 個の点: {classes}</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>まだ点がありません。</translation>
    </message>
    <message>
        <source>The network trains on these points; every change goes straight to its data (and into the file when you save). Press Play in the main window and watch its Decision boundary.</source>
        <translation>ネットワークはこの点で学習します。変更はすぐにデータに反映されます (保存するとファイルにも)。メインウィンドウで「開始」を押して、「決定境界」パネルを見てください。</translation>
    </message>
    <message>
        <source>The network trains on other data; press “Train on these points” to switch.</source>
        <translation>ネットワークは別のデータで学習しています。切り替えるには「この点で学習する」を押してください。</translation>
    </message>
    <message>
        <source>A classifier needs points of at least two classes.</source>
        <translation>分類には少なくとも 2 クラスの点が必要です。</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw with the left mouse button</source>
        <translation>マウスの左ボタンで描きます</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>ここに数字を描いてください</translation>
    </message>
</context>
<context>
    <name>GradientCheckPage</name>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Compare backprop with central differences for every weight and bias</source>
        <translation>すべての重みとバイアスについて、誤差逆伝播法と中心差分を比べます</translation>
    </message>
    <message>
        <source>Try a wrong derivative ({bug})</source>
        <translation>誤った微分を試す ({bug})</translation>
    </message>
    <message>
        <source>Only this check uses the broken derivative; training and the network are untouched</source>
        <translation>誤った微分を使うのはこの確認だけです。学習とネットワークには影響しません</translation>
    </message>
    <message>
        <source>Why this threshold: {reason}</source>
        <translation>このしきい値の理由: {reason}</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>central differences</source>
        <translation>中心差分</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Heatmaps: one per layer, W (inputs as rows, neurons as columns) with the biases in the row below; pale to green = agrees (darker = larger error but still below the threshold), vermillion = over the threshold. Hover a cell for its value. The table lists the 12 worst parameters.</source>
        <translation>ヒートマップ: 層ごとに 1 枚。W (行が入力、列がニューロン) の下の行がバイアスです。淡い色〜緑 = 一致 (濃いほど誤差は大きいがしきい値未満)、朱色 = しきい値超え。セルにマウスを重ねると値を表示します。表は誤差が最も大きい 12 個のパラメータです。</translation>
    </message>
    <message>
        <source>This network has {count} parameters. Central differences need two forward passes per parameter, so the check is limited to {limit}: try it on a smaller network (File → New network…).</source>
        <translation>このネットワークのパラメータは {count} 個です。中心差分はパラメータごとに 2 回の順伝播が必要なので、確認は {limit} 個までです。もっと小さなネットワークで試してください (「ファイル → 新しいネットワーク…」)。</translation>
    </message>
    <message>
        <source>This network has {count} parameters; central differences need two forward passes for each. Press “Check now” to compare them all with backprop.</source>
        <translation>このネットワークのパラメータは {count} 個で、中心差分にはそれぞれ 2 回の順伝播が必要です。「今すぐ確認」を押すと、すべてを誤差逆伝播法と比べます。</translation>
    </message>
    <message>
        <source>{count} parameters on {what}, loss {loss}: max relative error {max}, mean {mean}, threshold {threshold}.</source>
        <translation>{what}、{count} 個のパラメータ、損失 {loss}: 相対誤差の最大 {max}、平均 {mean}、しきい値 {threshold}。</translation>
    </message>
    <message>
        <source>{names}  max {error}</source>
        <translation>{names}  最大 {error}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超過</translation>
    </message>
</context>
<context>
    <name>GradientsPage</name>
    <message>
        <source>weights w</source>
        <translation>重み w</translation>
    </message>
    <message>
        <source>gradients |∂L/∂w|</source>
        <translation>勾配 |∂L/∂w|</translation>
    </message>
    <message>
        <source>Links show:</source>
        <translation>リンクの表示:</translation>
    </message>
    <message>
        <source>No warnings for {what}: no dead ReLUs, no saturated units, gradients neither vanishing nor exploding.</source>
        <translation>{what} に警告はありません: 死んだ ReLU も飽和したニューロンもなく、勾配は消失も爆発もしていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt; for {what}:</source>
        <translation>{what} の&lt;b&gt;警告&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>layer {layer}: {value}</source>
        <translation>第 {layer} 層: {value}</translation>
    </message>
    <message>
        <source>{caption}. RMS ∂L/∂W — {rms}</source>
        <translation>{caption}。RMS ∂L/∂W — {rms}</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>{parameter}: relative error {error}</source>
        <translation>{parameter}: 相対誤差 {error}</translation>
    </message>
</context>
<context>
    <name>HistogramGrid</name>
    <message>
        <source>weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>活性 z</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>第 {layer} 層</translation>
    </message>
</context>
<context>
    <name>InputFeaturesLab</name>
    <message>
        <source>Derived inputs</source>
        <translation>派生した入力</translation>
    </message>
    <message>
        <source>For 2-D point data (circle, XOR, Gaussian blobs, spiral, moons, or points you drew), the network can also read functions of x1 and x2. Each ticked feature becomes one more input neuron.</source>
        <translation>2 次元の点データ (円、XOR、ガウス分布の塊、らせん、三日月、自分で描いた点) では、ネットワークは x1 と x2 の関数も入力として読めます。チェックした特徴量ごとに入力ニューロンが 1 つ増えます。</translation>
    </message>
    <message>
        <source>Adapt the network to the data</source>
        <translation>ネットワークをデータに合わせる</translation>
    </message>
    <message>
        <source>Give the network one input per column, named after it (one undo step)</source>
        <translation>列ごとに 1 つ、列名の付いた入力をネットワークに用意します (1 回で元に戻せます)</translation>
    </message>
    <message>
        <source>Try it: a circle with a single neuron</source>
        <translation>試す: ニューロン 1 つで円を分ける</translation>
    </message>
    <message>
        <source>Circle data with x1² and x2², and a network of one sigmoid neuron</source>
        <translation>x1² と x2² を加えた円のデータと、sigmoid ニューロン 1 つのネットワーク</translation>
    </message>
    <message>
        <source>Why it helps: a single neuron draws one straight line through its inputs. On (x1, x2) no line separates a disc from the ring around it; on (x1, x2, x1², x2²) the disc x1² + x2² &lt; r² is one side of a flat cut. Press Play in the main window and watch the Decision boundary.</source>
        <translation>なぜ役立つか: ニューロン 1 つは入力の空間に直線 (平面) を 1 本引くだけです。(x1, x2) では円板とそれを囲む輪を分ける直線はありませんが、(x1, x2, x1², x2²) では円板 x1² + x2² &lt; r² は平らな切り口の片側になります。メインウィンドウで「開始」を押し、「決定境界」パネルを見てください。</translation>
    </message>
    <message>
        <source>Each input over the plane x1, x2 ∈ [−1, 1] (blue: high, white: 0, vermillion: low); bold: read by the network</source>
        <translation>平面 x1, x2 ∈ [−1, 1] 上の各入力 (青: 高い、白: 0、朱色: 低い)。太字: ネットワークが読む入力</translation>
    </message>
    <message>
        <source>One neuron for the circle</source>
        <translation>ニューロン 1 つで円を分ける</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>クラス 1</translation>
    </message>
    <message>
        <source>One neuron for a circle</source>
        <translation>ニューロン 1 つで円を分ける</translation>
    </message>
    <message>
        <source>A single sigmoid neuron on x1, x2, x1² and x2²: the circle is one straight cut in these inputs. Press Play and watch the decision boundary close around the disc.</source>
        <translation>x1, x2, x1², x2² を入力とする sigmoid ニューロン 1 つ: これらの入力では、円は 1 本のまっすぐな切り口になります。「開始」を押し、決定境界が円板を囲んでいく様子を見てください。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>{dataset}: not loaded</source>
        <translation>{dataset}: 読み込まれていません</translation>
    </message>
    <message>
        <source>{dataset} is not 2-D point data: derived inputs do not apply to it. Pick circle, XOR, spiral, … in the Training panel, or draw your own.</source>
        <translation>{dataset} は 2 次元の点データではないので、派生した入力は使えません。「学習」パネルで「円」「XOR」「渦巻き」などを選ぶか、自分で描いてください。</translation>
    </message>
    <message>
        <source>{dataset}: the data has columns {columns}</source>
        <translation>{dataset}: データの列は {columns}</translation>
    </message>
    <message>
        <source>The network reads {names} ({count} inputs).</source>
        <translation>ネットワークは {names} を読みます (入力 {count} 個)。</translation>
    </message>
    <message>
        <source>To train: {suggestion}</source>
        <translation>学習するには: {suggestion}</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>学習の準備ができています。</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <source>Optimizer playground</source>
        <translation>最適化手法の遊び場</translation>
    </message>
    <message>
        <source>&amp;Optimizer playground</source>
        <translation>最適化手法の遊び場(&amp;O)</translation>
    </message>
    <message>
        <source>SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam walking down a 2-D surface</source>
        <translation>SGD、Momentum、Nesterov、AdaGrad、RMSprop、Adam が 2 次元の曲面を下っていきます</translation>
    </message>
    <message>
        <source>Derivatives by hand</source>
        <translation>手で求める微分</translation>
    </message>
    <message>
        <source>&amp;Derivatives by hand</source>
        <translation>手で求める微分(&amp;D)</translation>
    </message>
    <message>
        <source>A slope from a small difference, rounding against h, and gradient descent with numerical gradients</source>
        <translation>小さな差分から求める傾き、h と丸め誤差の関係、数値微分による勾配降下法</translation>
    </message>
    <message>
        <source>Activation gallery</source>
        <translation>活性化関数ギャラリー</translation>
    </message>
    <message>
        <source>&amp;Activation gallery</source>
        <translation>活性化関数ギャラリー(&amp;A)</translation>
    </message>
    <message>
        <source>Step, sigmoid, tanh, ReLU, leaky ReLU and identity with their derivatives; softmax of a vector</source>
        <translation>ステップ関数、sigmoid、tanh、ReLU、leaky ReLU、恒等関数とその微分。ベクトルの softmax</translation>
    </message>
    <message>
        <source>Draw your own data</source>
        <translation>データを描く</translation>
    </message>
    <message>
        <source>Draw your own &amp;data</source>
        <translation>データを描く(&amp;D)</translation>
    </message>
    <message>
        <source>Click points of each class on the plane; the network trains on them and the file keeps them</source>
        <translation>平面上に各クラスの点をクリックで置きます。ネットワークはそれで学習し、ファイルにも保存されます</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>入力の特徴量</translation>
    </message>
    <message>
        <source>&amp;Input features (x1², x2², …)</source>
        <translation>入力の特徴量 (x1², x2², …)(&amp;I)</translation>
    </message>
    <message>
        <source>Derived inputs x1², x2², x1·x2, sin x1, sin x2 for 2-D data, as in TensorFlow Playground</source>
        <translation>2 次元データ用の派生した入力 x1²、x2²、x1·x2、sin x1、sin x2 (TensorFlow Playground と同様)</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>数字を描く</translation>
    </message>
    <message>
        <source>Draw a di&amp;git</source>
        <translation>数字を描く(&amp;G)</translation>
    </message>
    <message>
        <source>Draw a digit and watch the current network read it (8×8 or 28×28, prepared like its training data)</source>
        <translation>数字を描いて、現在のネットワークがそれを読む様子を見ます (8×8 または 28×28、訓練データと同じ前処理)</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>&amp;Confusion matrix</source>
        <translation>混同行列(&amp;C)</translation>
    </message>
    <message>
        <source>Which classes the current network mixes up on the test set; click a cell to probe its samples</source>
        <translation>現在のネットワークがテストデータでどのクラスを取り違えるか。セルをクリックすると、そのサンプルを「注目サンプル」パネルで調べられます</translation>
    </message>
    <message>
        <source>Race optimizers</source>
        <translation>最適化手法の競走</translation>
    </message>
    <message>
        <source>&amp;Race optimizers on this network</source>
        <translation>このネットワークで最適化手法を競走(&amp;R)</translation>
    </message>
    <message>
        <source>Train the current network with several optimizers from identical weights and batches, side by side</source>
        <translation>同じ重みと同じバッチから、複数の最適化手法で現在のネットワークを並べて学習させます</translation>
    </message>
</context>
<context>
    <name>LabsWindow</name>
    <message>
        <source>Synaptica — Labs</source>
        <translation>Synaptica — 実験室</translation>
    </message>
    <message>
        <source>&amp;Labs</source>
        <translation>実験室(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LearnMenu</name>
    <message>
        <source>&amp;Learn</source>
        <translation>学習のしくみ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Step through forward and backward…</source>
        <translation>順伝播と逆伝播をステップ実行(&amp;S)…</translation>
    </message>
    <message>
        <source>Walk one learning step layer by layer with the actual numbers and matrices</source>
        <translation>学習の 1 ステップを、実際の数値と行列で層ごとにたどります</translation>
    </message>
    <message>
        <source>&amp;Gradient check…</source>
        <translation>勾配確認(&amp;G)…</translation>
    </message>
    <message>
        <source>Backprop next to central differences for every parameter</source>
        <translation>すべてのパラメータについて誤差逆伝播法と中心差分を並べて比べます</translation>
    </message>
    <message>
        <source>&amp;Loss and softmax…</source>
        <translation>損失関数と softmax(&amp;L)…</translation>
    </message>
    <message>
        <source>MSE and cross-entropy term by term; softmax step by step</source>
        <translation>2乗和誤差と交差エントロピー誤差を項ごとに、softmax を段階ごとに</translation>
    </message>
    <message>
        <source>Gradient &amp;view…</source>
        <translation>勾配ビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Links by |∂L/∂w|, live while training; histograms; warnings for dead or saturated units</source>
        <translation>|∂L/∂w| で描くリンク (学習中も更新)、ヒストグラム、死んだニューロンや飽和したニューロンの警告</translation>
    </message>
    <message>
        <source>Why did training &amp;diverge?</source>
        <translation>学習はなぜ発散したのか(&amp;D)</translation>
    </message>
    <message>
        <source>Replay the last run from the weights it started with: gradient norms, where the numbers ran away, a learning rate that works</source>
        <translation>直前の学習を開始時の重みから再現します: 勾配のノルム、数値が暴走した場所、うまくいく学習率</translation>
    </message>
</context>
<context>
    <name>LearningWindow</name>
    <message>
        <source>See how it learns — Synaptica</source>
        <translation>学習のしくみを見る — Synaptica</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>ステップ実行</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>勾配確認</translation>
    </message>
    <message>
        <source>Loss and softmax</source>
        <translation>損失関数と softmax</translation>
    </message>
    <message>
        <source>Gradient view</source>
        <translation>勾配ビュー</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>発散</translation>
    </message>
</context>
<context>
    <name>LossComparison</name>
    <message>
        <source>Mean squared error vs cross-entropy</source>
        <translation>2乗和誤差と交差エントロピー誤差</translation>
    </message>
    <message>
        <source>The network&apos;s output y, one number per output (edit freely)</source>
        <translation>ネットワークの出力 y (出力ごとに 1 つの数、自由に編集できます)</translation>
    </message>
    <message>
        <source>The target t (one-hot for a class; edit freely)</source>
        <translation>正解 t (クラスなら one-hot、自由に編集できます)</translation>
    </message>
    <message>
        <source>correct class </source>
        <translation>正解クラス </translation>
    </message>
    <message>
        <source>Fill t with a one-hot target for this class</source>
        <translation>このクラスの one-hot の正解を t に入れます</translation>
    </message>
    <message>
        <source>Use the network&apos;s output</source>
        <translation>ネットワークの出力を使う</translation>
    </message>
    <message>
        <source>y = the output for the current inputs</source>
        <translation>y = 現在の入力に対する出力</translation>
    </message>
    <message>
        <source>Textbook example</source>
        <translation>教科書の例</translation>
    </message>
    <message>
        <source>y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0], t = class 2 (chapter 4)</source>
        <translation>y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]、t = クラス 2 (4 章)</translation>
    </message>
    <message>
        <source>MSE = Σ ½(y − t)² adds a term for every output; cross-entropy only for the outputs with t &gt; 0, so for a one-hot target it is just −log of the probability given to the correct class.</source>
        <translation>2乗和誤差 Σ ½(y − t)² はすべての出力の項を足しますが、交差エントロピー誤差は t &gt; 0 の出力の項だけです。そのため one-hot の正解では、正解クラスに与えた確率の −log そのものになります。</translation>
    </message>
    <message>
        <source>y has {y} numbers but t has {t}: give one target per output</source>
        <translation>y は {y} 個の数ですが t は {t} 個です。出力ごとに正解の値を 1 つ指定してください</translation>
    </message>
    <message>
        <source>MSE = {mse}     cross-entropy = {ce}</source>
        <translation>2乗和誤差 = {mse}     交差エントロピー誤差 = {ce}</translation>
    </message>
    <message>
        <source>(log of a negative y is undefined: cross-entropy needs outputs in [0, 1], e.g. softmax)</source>
        <translation>(負の y の log は定義されません。交差エントロピー誤差には [0, 1] の出力が必要です。例: softmax)</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <source>{field}: enter numbers separated by commas</source>
        <translation>{field}: カンマ区切りで数を入力してください</translation>
    </message>
    <message>
        <source>{field}: entry {index} ({text}) is not a number</source>
        <translation>{field}: {index} 番目の値 ({text}) は数ではありません</translation>
    </message>
</context>
<context>
    <name>Matrices</name>
    <message>
        <source>first {rows}×{cols} shown</source>
        <translation>先頭の {rows}×{cols} を表示</translation>
    </message>
    <message>
        <source>Batches are rows: X has one row per sample and one column per input.</source>
        <translation>バッチは行として並びます: X はサンプルごとに 1 行、入力ごとに 1 列です。</translation>
    </message>
    <message>
        <source>{name} is added to every row.</source>
        <translation>{name} はすべての行に足されます。</translation>
    </message>
    <message>
        <source>{formula}, element by element (softmax: row by row).</source>
        <translation>{formula}、要素ごと (softmax は行ごと)。</translation>
    </message>
    <message>
        <source>{formula}, element by element.</source>
        <translation>{formula}、要素ごと。</translation>
    </message>
    <message>
        <source>Each term is {term}; L = (1/{rows}) · Σ terms = &lt;b&gt;{loss}&lt;/b&gt;.</source>
        <translation>各項は {term}。L = (1/{rows}) · Σ 項 = &lt;b&gt;{loss}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>項</translation>
    </message>
    <message>
        <source>{formula} — {activation} with {loss} simplifies to this.</source>
        <translation>{formula} — {activation} と {loss} の組み合わせでは、こう簡単になります。</translation>
    </message>
    <message>
        <source>{formula} from the loss.</source>
        <translation>{formula} (損失関数から)。</translation>
    </message>
    <message>
        <source>{shape}, the shape of {w}.</source>
        <translation>{shape}、{w} と同じ形。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{db}&lt;/b&gt; = the column sums of {da}.</source>
        <translation>&lt;b&gt;{db}&lt;/b&gt; = {da} の列ごとの和。</translation>
    </message>
    <message>
        <source>Every W and B moves against its gradient.</source>
        <translation>すべての W と B が勾配と逆向きに動きます。</translation>
    </message>
    <message>
        <source>new {name}</source>
        <translation>新しい {name}</translation>
    </message>
</context>
<context>
    <name>OptimizerPlayground</name>
    <message>
        <source>textbook</source>
        <translation>教科書</translation>
    </message>
    <message>
        <source>rosenbrock</source>
        <translation>Rosenbrock</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>お椀</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始点</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>曲面</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>Optimizers and learning rates</source>
        <translation>最適化手法と学習率</translation>
    </message>
    <message>
        <source>Learning rate of {optimizer}</source>
        <translation>{optimizer} の学習率</translation>
    </message>
    <message>
        <source>Learning rates for this surface</source>
        <translation>この曲面向けの学習率</translation>
    </message>
    <message>
        <source>Put back the learning rates suggested for this surface</source>
        <translation>この曲面に勧める学習率に戻します</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>歩み</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 開始</translation>
    </message>
    <message>
        <source>Show the paths up to this step</source>
        <translation>このステップまでの経路を表示します</translation>
    </message>
    <message>
        <source>Start ({x}, {y}): drag the ⊕ on the plot to move it.</source>
        <translation>開始点 ({x}, {y}): グラフ上の ⊕ をドラッグすると動かせます。</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ 一時停止</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>ステップ {step} / {total}</translation>
    </message>
    <message>
        <source>diverged at step {step} (the learning rate is too large here)</source>
        <translation>ステップ {step} で発散 (ここでは学習率が大きすぎます)</translation>
    </message>
    <message>
        <source>f = {f}  at ({x}, {y})</source>
        <translation>f = {f}  位置 ({x}, {y})</translation>
    </message>
</context>
<context>
    <name>RaceLab</name>
    <message>
        <source>run</source>
        <translation>走者</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>テスト損失</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>テスト認識精度</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Optimizers in the race</source>
        <translation>競走する最適化手法</translation>
    </message>
    <message>
        <source>Learning rate of {optimizer}</source>
        <translation>{optimizer} の学習率</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>▶ Start race</source>
        <translation>▶ 競走開始</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>Solid: training set · dashed: test set</source>
        <translation>実線: 訓練データ · 破線: テストデータ</translation>
    </message>
    <message>
        <source>Open the selected run as the current network</source>
        <translation>選んだ走者をネットワークとして開く</translation>
    </message>
    <message>
        <source>Replace the network with this run&apos;s trained weights and curves (one undo step)</source>
        <translation>ネットワークをこの走者の学習済みの重みと曲線に置き換えます (1 回で元に戻せます)</translation>
    </message>
    <message>
        <source>No race yet</source>
        <translation>まだ競走していません</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>競走</translation>
    </message>
    <message>
        <source>Tick at least one optimizer.</source>
        <translation>最適化手法を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>{dataset}: {train} training, {test} test samples</source>
        <translation>{dataset}: 訓練 {train}、テスト {test} サンプル</translation>
    </message>
    <message>
        <source>Network {sizes}, {data}; loss {loss}, batches of {batch}, seed {seed} (from the Training panel). Every optimizer starts from the current weights and sees the same batches in the same order.</source>
        <translation>ネットワーク {sizes}、{data}。損失 {loss}、バッチサイズ {batch}、シード {seed} (「学習」パネルの設定)。どの最適化手法も現在の重みから始め、同じバッチを同じ順に見ます。</translation>
    </message>
    <message>
        <source>Cannot race: {problem}</source>
        <translation>競走できません: {problem}</translation>
    </message>
    <message>
        <source>Race {number}: {dataset}, {optimizers} optimizers, {epochs} epochs</source>
        <translation>競走 {number}: {dataset}、最適化手法 {optimizers} 個、{epochs} エポック</translation>
    </message>
    <message>
        <source>{status}: {message}</source>
        <translation>{status}: {message}</translation>
    </message>
    <message>
        <source>running, epoch {epoch}</source>
        <translation>実行中、エポック {epoch}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Open race run {run}</source>
        <translation>競走の走者 {run} を開く</translation>
    </message>
</context>
<context>
    <name>SlopePanel</name>
    <message>
        <source>The slope by a small difference</source>
        <translation>小さな差分で求める傾き</translation>
    </message>
    <message>
        <source>tangent (central)</source>
        <translation>接線 (中心差分)</translation>
    </message>
    <message>
        <source>Drag to move x</source>
        <translation>ドラッグして x を動かします</translation>
    </message>
    <message>
        <source>|error|</source>
        <translation>|誤差|</translation>
    </message>
    <message>
        <source>forward {formula}</source>
        <translation>前方差分 {formula}</translation>
    </message>
    <message>
        <source>central {formula}</source>
        <translation>中心差分 {formula}</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>刻み</translation>
    </message>
    <message>
        <source>Smallest error: forward {forward} at h ≈ {forward_h}, central {central} at h ≈ {central_h}. Large h: the difference itself is off (∝ h forward, ∝ h² central). Small h: rounding wins, x + h keeps fewer digits of h, and below about 1e-16·|x| it is x itself, so both differences are 0 (the flat line at the top left). {note}</source>
        <translation>誤差の最小値: 前方差分は h ≈ {forward_h} で {forward}、中心差分は h ≈ {central_h} で {central}。h が大きいと差分そのものがずれます (前方差分は h に比例、中心差分は h² に比例)。h が小さいと丸め誤差が勝ちます。x + h には h の桁が少ししか残らず、約 1e-16·|x| 未満では x そのものになるので、どちらの差分も 0 になります (左上の平らな線)。{note}</translation>
    </message>
    <message>
        <source>x = {x} &amp;nbsp; (drag the vertical line)</source>
        <translation>x = {x} &amp;nbsp;(縦線をドラッグ)</translation>
    </message>
    <message>
        <source>&lt;b&gt;central&lt;/b&gt; numerical_diff = {value}</source>
        <translation>&lt;b&gt;中心差分&lt;/b&gt; numerical_diff = {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;forward&lt;/b&gt; = {value}</source>
        <translation>&lt;b&gt;前方差分&lt;/b&gt; = {value}</translation>
    </message>
    <message>
        <source>exact f′(x) = {value} &amp;nbsp; (all digits: rounding shows)</source>
        <translation>厳密な f′(x) = {value} &amp;nbsp;(全桁表示: 丸め誤差が見えます)</translation>
    </message>
</context>
<context>
    <name>SoftmaxPanel</name>
    <message>
        <source>the input aₖ</source>
        <translation>入力 aₖ</translation>
    </message>
    <message>
        <source>aₖ − max(a): the largest becomes 0</source>
        <translation>aₖ − max(a): 最大のものが 0 になります</translation>
    </message>
    <message>
        <source>exp(aₖ − max(a)), at most 1</source>
        <translation>exp(aₖ − max(a))、最大で 1</translation>
    </message>
    <message>
        <source>yₖ = exp / sum of exp</source>
        <translation>yₖ = exp / exp の和</translation>
    </message>
    <message>
        <source>Softmax of a vector you type</source>
        <translation>入力したベクトルの softmax</translation>
    </message>
    <message>
        <source>Numbers separated by commas or spaces; press Enter</source>
        <translation>カンマか空白で区切った数。Enter を押してください</translation>
    </message>
    <message>
        <source>Subtracting the largest aₖ first changes nothing in y (the factor cancels) but keeps exp() from overflowing: try 1010, 1000, 990.</source>
        <translation>先に最大の aₖ を引いても y は変わりません (係数が打ち消し合います) が、exp() のオーバーフローを防げます。1010, 1000, 990 を試してください。</translation>
    </message>
    <message>
        <source>sum of exp = {total}; sum of y = {sum_y}</source>
        <translation>exp の和 = {total}、y の和 = {sum_y}</translation>
    </message>
</context>
<context>
    <name>SoftmaxView</name>
    <message>
        <source>sum of e^(a − max)</source>
        <translation>e^(a − max) の和</translation>
    </message>
    <message>
        <source>y = e^(a − max) / sum</source>
        <translation>y = e^(a − max) / 和</translation>
    </message>
    <message>
        <source>naive e^a</source>
        <translation>素朴な e^a</translation>
    </message>
    <message>
        <source>naive y = e^a / Σ e^a</source>
        <translation>素朴な y = e^a / Σ e^a</translation>
    </message>
    <message>
        <source>Softmax, step by step</source>
        <translation>softmax を段階ごとに</translation>
    </message>
    <message>
        <source>The output layer&apos;s a (edit freely)</source>
        <translation>出力層の a (自由に編集できます)</translation>
    </message>
    <message>
        <source>Use the output layer&apos;s a</source>
        <translation>出力層の a を使う</translation>
    </message>
    <message>
        <source>Textbook [0.3, 2.9, 4.0]</source>
        <translation>教科書 [0.3, 2.9, 4.0]</translation>
    </message>
    <message>
        <source>Overflow [1010, 1000, 990]</source>
        <translation>オーバーフロー [1010, 1000, 990]</translation>
    </message>
    <message>
        <source>e^a overflows: float64 stops at about 1.8e308 (e^709.8), so e^1010 is inf and inf / inf is nan. Subtracting max(a) first changes nothing in y (the factor e^−max cancels) but keeps every e^(a − max) in (0, 1].</source>
        <translation>e^a がオーバーフローします。float64 の上限は約 1.8e308 (e^709.8) なので、e^1010 は inf、inf / inf は nan になります。先に max(a) を引いても y は変わりません (係数 e^−max が打ち消し合います) が、すべての e^(a − max) が (0, 1] に収まります。</translation>
    </message>
    <message>
        <source>Subtracting max(a) leaves y unchanged (the factor e^−max cancels in the fraction); it only keeps e^(…) from overflowing for large a. Try the overflow example.</source>
        <translation>max(a) を引いても y は変わりません (分数の中で係数 e^−max が打ち消し合います)。a が大きいときに e^(…) のオーバーフローを防ぐだけです。オーバーフローの例を試してください。</translation>
    </message>
</context>
<context>
    <name>StepDiagram</name>
    <message>
        <source>… {count} more
(see the matrices)</source>
        <translation>… ほか {count} 個
(行列を参照)</translation>
    </message>
</context>
<context>
    <name>StepThroughPage</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>前のステップ (←)</translation>
    </message>
    <message>
        <source>Next step (→)</source>
        <translation>次のステップ (→)</translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation>ステップへ移動</translation>
    </message>
    <message>
        <source>diagram shows row </source>
        <translation>図に表示する行 </translation>
    </message>
    <message>
        <source>Which row of the mini-batch the diagram shows (gradients are summed over all rows)</source>
        <translation>図に表示するミニバッチの行 (勾配はすべての行について足し合わせます)</translation>
    </message>
    <message>
        <source>Apply this update</source>
        <translation>この更新を適用</translation>
    </message>
    <message>
        <source>Change the network&apos;s weights to W − η·∂L/∂W (one undo step: Ctrl+Z takes it back)</source>
        <translation>ネットワークの重みを W − η·∂L/∂W に変更します (Ctrl+Z 1 回で元に戻せます)</translation>
    </message>
    <message>
        <source>Data: {what}. Loss {loss} = {value}.</source>
        <translation>データ: {what}。損失 {loss} = {value}。</translation>
    </message>
    <message>
        <source>After the applied update: {before} → {after}.</source>
        <translation>更新を適用した後: {before} → {after}。</translation>
    </message>
    <message>
        <source>Gradient-descent step (η = {lr})</source>
        <translation>勾配降下法の 1 ステップ (η = {lr})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {index} of {total}: {caption}.&lt;/b&gt; {explanation}</source>
        <translation>&lt;b&gt;ステップ {index} / {total}: {caption}。&lt;/b&gt; {explanation}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>The input row(s) X enter the network.</source>
        <translation>入力の行 X がネットワークに入ります。</translation>
    </message>
    <message>
        <source>Forward {step}/{total}: {formula}</source>
        <translation>順伝播 {step}/{total}：{formula}</translation>
    </message>
    <message>
        <source>Every neuron of the highlighted layer sums its weighted inputs plus its bias (a), then passes a through its activation function h (z = h(a)).</source>
        <translation>強調表示された層のニューロンはそれぞれ、重み付きの入力とバイアスの和 a を求め、それを活性化関数 h に通します (z = h(a))。</translation>
    </message>
    <message>
        <source>Loss: {name}</source>
        <translation>損失：{name}</translation>
    </message>
    <message>
        <source>The output y is compared with the target t; each output adds its term.</source>
        <translation>出力 y を正解 t と比べます。出力ごとにその項が足されます。</translation>
    </message>
    <message>
        <source>Backward {step}/{total}: {formula}</source>
        <translation>逆伝播 {step}/{total}：{formula}</translation>
    </message>
    <message>
        <source>∂L/∂a says how the loss changes when a neuron&apos;s sum a changes; each link&apos;s ∂L/∂w is its input z times the ∂L/∂a of the neuron it feeds (colour = sign, width = size).</source>
        <translation>∂L/∂a は、ニューロンの和 a が変わったときに損失がどれだけ変わるかを表します。各リンクの ∂L/∂w は、その入力 z と、つながる先のニューロンの ∂L/∂a の積です (色 = 符号、太さ = 大きさ)。</translation>
    </message>
    <message>
        <source>Update: {formula}</source>
        <translation>更新：{formula}</translation>
    </message>
    <message>
        <source>Every weight and bias moves a learning-rate-sized step against its gradient.</source>
        <translation>すべての重みとバイアスが、勾配と逆向きに学習率の大きさの分だけ動きます。</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>2値交差エントロピー誤差</translation>
    </message>
    <message>
        <source>a = Σ w·x ({count} inputs) + {b} = {a}</source>
        <translation>a = Σ w·x (入力 {count} 個) + {b} = {a}</translation>
    </message>
    <message>
        <source>∂L/∂z = {value} (from the loss)</source>
        <translation>∂L/∂z = {value} (損失関数から)</translation>
    </message>
    <message>
        <source>∂L/∂z = {value} (Σ w·∂L/∂a of the next layer)</source>
        <translation>∂L/∂z = {value} (次の層の Σ w·∂L/∂a)</translation>
    </message>
    <message>
        <source>∂L/∂b = ∂L/∂a (Σ over {rows} rows) = {value}</source>
        <translation>∂L/∂b = ∂L/∂a ({rows} 行の和) = {value}</translation>
    </message>
    <message>
        <source>∂L/∂w = Σ over {rows} rows of z·∂L/∂a = {value}</source>
        <translation>∂L/∂w = {rows} 行にわたる z·∂L/∂a の和 = {value}</translation>
    </message>
    <message>
        <source>(mean over {rows} rows)</source>
        <translation>({rows} 行の平均)</translation>
    </message>
    <message>
        <source>term</source>
        <translation>項</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死んだ</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>飽和</translation>
    </message>
    <message>
        <source>Links: |∂L/∂w| (width and colour strength)</source>
        <translation>リンク: |∂L/∂w| (太さと色の濃さ)</translation>
    </message>
    <message>
        <source>Links: w (colour = sign, width = |w|)</source>
        <translation>リンク: w (色 = 符号、太さ = |w|)</translation>
    </message>
</context>
</TS>
