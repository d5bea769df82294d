module @mlp_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<32x16xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<32xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<4x32xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<4xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<32x16xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<32xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<4x32xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<4xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<32x16xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<32xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<4x32xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<4xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<i32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<8x16xf32>, %arg14: tensor<8xi32>) -> (tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0 = "stablehlo.dot_general"(%arg13, %arg0) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<8x16xf32>, tensor<32x16xf32>) -> tensor<8x32xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 1>} : (tensor<32xf32>) -> tensor<8x32xf32>
    %2 = stablehlo.add %0, %1 : tensor<8x32xf32>
    %3 = stablehlo.tanh %2 : tensor<8x32xf32>
    %4 = "stablehlo.dot_general"(%3, %arg2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<8x32xf32>, tensor<4x32xf32>) -> tensor<8x4xf32>
    %5 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 1>} : (tensor<4xf32>) -> tensor<8x4xf32>
    %6 = stablehlo.add %4, %5 : tensor<8x4xf32>
    %7 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<8x4xi32>
    %8 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 0>} : (tensor<8xi32>) -> tensor<8x4xi32>
    %9 = "stablehlo.compare"(%7, %8) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<8x4xi32>, tensor<8x4xi32>) -> tensor<8x4xi1>
    %10 = "stablehlo.convert"(%9) : (tensor<8x4xi1>) -> tensor<8x4xf32>
    %11 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %12 = "stablehlo.reduce"(%6, %11) ({
    ^bb0(%13: tensor<f32>, %14: tensor<f32>):
      %15 = stablehlo.maximum %13, %14 : tensor<f32>
      "stablehlo.return"(%15) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %16 = "stablehlo.reshape"(%12) : (tensor<8xf32>) -> tensor<8x1xf32>
    %17 = "stablehlo.reshape"(%16) : (tensor<8x1xf32>) -> tensor<8xf32>
    %18 = "stablehlo.broadcast_in_dim"(%17) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %19 = stablehlo.subtract %6, %18 : tensor<8x4xf32>
    %20 = stablehlo.exponential %19 : tensor<8x4xf32>
    %21 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %22 = "stablehlo.reduce"(%20, %21) ({
    ^bb0(%23: tensor<f32>, %24: tensor<f32>):
      %25 = stablehlo.add %23, %24 : tensor<f32>
      "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %26 = "stablehlo.reshape"(%22) : (tensor<8xf32>) -> tensor<8x1xf32>
    %27 = stablehlo.log %26 : tensor<8x1xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<8x1xf32>) -> tensor<8xf32>
    %29 = "stablehlo.broadcast_in_dim"(%28) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %30 = stablehlo.subtract %19, %29 : tensor<8x4xf32>
    %31 = stablehlo.multiply %30, %10 : tensor<8x4xf32>
    %32 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %33 = "stablehlo.reduce"(%31, %32) ({
    ^bb0(%34: tensor<f32>, %35: tensor<f32>):
      %36 = stablehlo.add %34, %35 : tensor<f32>
      "stablehlo.return"(%36) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %37 = stablehlo.negate %33 : tensor<8xf32>
    %38 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %39 = "stablehlo.reduce"(%37, %38) ({
    ^bb0(%40: tensor<f32>, %41: tensor<f32>):
      %42 = stablehlo.add %40, %41 : tensor<f32>
      "stablehlo.return"(%42) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %43 = stablehlo.constant dense<1.25e-1> : tensor<f32>
    %44 = stablehlo.multiply %39, %43 : tensor<f32>
    %45 = stablehlo.multiply %6, %10 : tensor<8x4xf32>
    %46 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %47 = "stablehlo.reduce"(%45, %46) ({
    ^bb0(%48: tensor<f32>, %49: tensor<f32>):
      %50 = stablehlo.add %48, %49 : tensor<f32>
      "stablehlo.return"(%50) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %51 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %52 = "stablehlo.reduce"(%6, %51) ({
    ^bb0(%53: tensor<f32>, %54: tensor<f32>):
      %55 = stablehlo.maximum %53, %54 : tensor<f32>
      "stablehlo.return"(%55) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %56 = "stablehlo.compare"(%47, %52) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %57 = "stablehlo.convert"(%56) : (tensor<8xi1>) -> tensor<8xf32>
    %58 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %59 = "stablehlo.reduce"(%57, %58) ({
    ^bb0(%60: tensor<f32>, %61: tensor<f32>):
      %62 = stablehlo.add %60, %61 : tensor<f32>
      "stablehlo.return"(%62) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %63 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %64 = "stablehlo.broadcast_in_dim"(%63) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %65 = stablehlo.multiply %64, %43 : tensor<f32>
    %66 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8xf32>
    %67 = stablehlo.negate %66 : tensor<8xf32>
    %68 = "stablehlo.broadcast_in_dim"(%67) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %69 = stablehlo.multiply %68, %10 : tensor<8x4xf32>
    %70 = stablehlo.negate %69 : tensor<8x4xf32>
    %71 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %72 = "stablehlo.reduce"(%70, %71) ({
    ^bb0(%73: tensor<f32>, %74: tensor<f32>):
      %75 = stablehlo.add %73, %74 : tensor<f32>
      "stablehlo.return"(%75) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %76 = "stablehlo.reshape"(%72) : (tensor<8xf32>) -> tensor<8x1xf32>
    %77 = stablehlo.divide %76, %26 : tensor<8x1xf32>
    %78 = "stablehlo.reshape"(%77) : (tensor<8x1xf32>) -> tensor<8xf32>
    %79 = "stablehlo.broadcast_in_dim"(%78) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %80 = stablehlo.multiply %79, %20 : tensor<8x4xf32>
    %81 = stablehlo.add %69, %80 : tensor<8x4xf32>
    %82 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %83 = "stablehlo.reduce"(%81, %82) ({
    ^bb0(%84: tensor<f32>, %85: tensor<f32>):
      %86 = stablehlo.add %84, %85 : tensor<f32>
      "stablehlo.return"(%86) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %87 = "stablehlo.dot_general"(%81, %arg2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<4x32xf32>) -> tensor<8x32xf32>
    %88 = "stablehlo.dot_general"(%81, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<8x32xf32>) -> tensor<4x32xf32>
    %89 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %90 = "stablehlo.broadcast_in_dim"(%89) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x32xf32>
    %91 = stablehlo.multiply %3, %3 : tensor<8x32xf32>
    %92 = stablehlo.subtract %90, %91 : tensor<8x32xf32>
    %93 = stablehlo.multiply %87, %92 : tensor<8x32xf32>
    %94 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %95 = "stablehlo.reduce"(%93, %94) ({
    ^bb0(%96: tensor<f32>, %97: tensor<f32>):
      %98 = stablehlo.add %96, %97 : tensor<f32>
      "stablehlo.return"(%98) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %99 = "stablehlo.dot_general"(%93, %arg13) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x32xf32>, tensor<8x16xf32>) -> tensor<32x16xf32>
    %100 = stablehlo.multiply %99, %99 : tensor<32x16xf32>
    %101 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %102 = "stablehlo.reduce"(%100, %101) ({
    ^bb0(%103: tensor<f32>, %104: tensor<f32>):
      %105 = stablehlo.add %103, %104 : tensor<f32>
      "stablehlo.return"(%105) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x16xf32>, tensor<f32>) -> tensor<f32>
    %106 = stablehlo.multiply %95, %95 : tensor<32xf32>
    %107 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %108 = "stablehlo.reduce"(%106, %107) ({
    ^bb0(%109: tensor<f32>, %110: tensor<f32>):
      %111 = stablehlo.add %109, %110 : tensor<f32>
      "stablehlo.return"(%111) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %112 = stablehlo.add %102, %108 : tensor<f32>
    %113 = stablehlo.multiply %88, %88 : tensor<4x32xf32>
    %114 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %115 = "stablehlo.reduce"(%113, %114) ({
    ^bb0(%116: tensor<f32>, %117: tensor<f32>):
      %118 = stablehlo.add %116, %117 : tensor<f32>
      "stablehlo.return"(%118) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %119 = stablehlo.add %112, %115 : tensor<f32>
    %120 = stablehlo.multiply %83, %83 : tensor<4xf32>
    %121 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %122 = "stablehlo.reduce"(%120, %121) ({
    ^bb0(%123: tensor<f32>, %124: tensor<f32>):
      %125 = stablehlo.add %123, %124 : tensor<f32>
      "stablehlo.return"(%125) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %126 = stablehlo.add %119, %122 : tensor<f32>
    %127 = stablehlo.sqrt %126 : tensor<f32>
    %128 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %129 = "stablehlo.compare"(%127, %128) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %130 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %131 = "stablehlo.broadcast_in_dim"(%130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %132 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %133 = stablehlo.divide %132, %127 : tensor<f32>
    %134 = "stablehlo.select"(%129, %131, %133) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %135 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %136 = stablehlo.multiply %99, %135 : tensor<32x16xf32>
    %137 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %138 = stablehlo.multiply %95, %137 : tensor<32xf32>
    %139 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %140 = stablehlo.multiply %88, %139 : tensor<4x32xf32>
    %141 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %142 = stablehlo.multiply %83, %141 : tensor<4xf32>
    %143 = "stablehlo.convert"(%arg12) : (tensor<i32>) -> tensor<f32>
    %144 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %145 = stablehlo.multiply %143, %144 : tensor<f32>
    %146 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %147 = stablehlo.add %143, %146 : tensor<f32>
    %148 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %149 = stablehlo.minimum %147, %148 : tensor<f32>
    %150 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %151 = stablehlo.multiply %149, %150 : tensor<f32>
    %152 = stablehlo.cosine %151 : tensor<f32>
    %153 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %154 = stablehlo.add %152, %153 : tensor<f32>
    %155 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %156 = stablehlo.multiply %154, %155 : tensor<f32>
    %157 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %158 = "stablehlo.compare"(%143, %157) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %159 = "stablehlo.select"(%158, %145, %156) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %160 = stablehlo.constant dense<1> : tensor<i32>
    %161 = stablehlo.add %arg12, %160 : tensor<i32>
    %162 = "stablehlo.convert"(%161) : (tensor<i32>) -> tensor<f32>
    %163 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %164 = "stablehlo.broadcast_in_dim"(%163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %165 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %166 = stablehlo.power %165, %162 : tensor<f32>
    %167 = stablehlo.subtract %164, %166 : tensor<f32>
    %168 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %169 = "stablehlo.broadcast_in_dim"(%168) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %170 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %171 = stablehlo.power %170, %162 : tensor<f32>
    %172 = stablehlo.subtract %169, %171 : tensor<f32>
    %173 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %174 = "stablehlo.broadcast_in_dim"(%173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %175 = stablehlo.multiply %arg4, %174 : tensor<32x16xf32>
    %176 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %177 = "stablehlo.broadcast_in_dim"(%176) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %178 = stablehlo.multiply %136, %177 : tensor<32x16xf32>
    %179 = stablehlo.add %175, %178 : tensor<32x16xf32>
    %180 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %181 = "stablehlo.broadcast_in_dim"(%180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %182 = stablehlo.multiply %arg8, %181 : tensor<32x16xf32>
    %183 = stablehlo.multiply %136, %136 : tensor<32x16xf32>
    %184 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %185 = "stablehlo.broadcast_in_dim"(%184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %186 = stablehlo.multiply %183, %185 : tensor<32x16xf32>
    %187 = stablehlo.add %182, %186 : tensor<32x16xf32>
    %188 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %189 = stablehlo.divide %179, %188 : tensor<32x16xf32>
    %190 = "stablehlo.broadcast_in_dim"(%172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %191 = stablehlo.divide %187, %190 : tensor<32x16xf32>
    %192 = stablehlo.sqrt %191 : tensor<32x16xf32>
    %193 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %194 = "stablehlo.broadcast_in_dim"(%193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %195 = stablehlo.add %192, %194 : tensor<32x16xf32>
    %196 = stablehlo.divide %189, %195 : tensor<32x16xf32>
    %197 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %198 = "stablehlo.broadcast_in_dim"(%197) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %199 = stablehlo.multiply %arg0, %198 : tensor<32x16xf32>
    %200 = stablehlo.add %196, %199 : tensor<32x16xf32>
    %201 = "stablehlo.broadcast_in_dim"(%159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %202 = stablehlo.multiply %200, %201 : tensor<32x16xf32>
    %203 = stablehlo.subtract %arg0, %202 : tensor<32x16xf32>
    %204 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %205 = "stablehlo.broadcast_in_dim"(%204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %206 = stablehlo.multiply %arg5, %205 : tensor<32xf32>
    %207 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %208 = "stablehlo.broadcast_in_dim"(%207) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %209 = stablehlo.multiply %138, %208 : tensor<32xf32>
    %210 = stablehlo.add %206, %209 : tensor<32xf32>
    %211 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %212 = "stablehlo.broadcast_in_dim"(%211) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %213 = stablehlo.multiply %arg9, %212 : tensor<32xf32>
    %214 = stablehlo.multiply %138, %138 : tensor<32xf32>
    %215 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %216 = "stablehlo.broadcast_in_dim"(%215) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %217 = stablehlo.multiply %214, %216 : tensor<32xf32>
    %218 = stablehlo.add %213, %217 : tensor<32xf32>
    %219 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %220 = stablehlo.divide %210, %219 : tensor<32xf32>
    %221 = "stablehlo.broadcast_in_dim"(%172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %222 = stablehlo.divide %218, %221 : tensor<32xf32>
    %223 = stablehlo.sqrt %222 : tensor<32xf32>
    %224 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %225 = "stablehlo.broadcast_in_dim"(%224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %226 = stablehlo.add %223, %225 : tensor<32xf32>
    %227 = stablehlo.divide %220, %226 : tensor<32xf32>
    %228 = "stablehlo.broadcast_in_dim"(%159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %229 = stablehlo.multiply %227, %228 : tensor<32xf32>
    %230 = stablehlo.subtract %arg1, %229 : tensor<32xf32>
    %231 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %232 = "stablehlo.broadcast_in_dim"(%231) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %233 = stablehlo.multiply %arg6, %232 : tensor<4x32xf32>
    %234 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %235 = "stablehlo.broadcast_in_dim"(%234) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %236 = stablehlo.multiply %140, %235 : tensor<4x32xf32>
    %237 = stablehlo.add %233, %236 : tensor<4x32xf32>
    %238 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %239 = "stablehlo.broadcast_in_dim"(%238) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %240 = stablehlo.multiply %arg10, %239 : tensor<4x32xf32>
    %241 = stablehlo.multiply %140, %140 : tensor<4x32xf32>
    %242 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %243 = "stablehlo.broadcast_in_dim"(%242) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %244 = stablehlo.multiply %241, %243 : tensor<4x32xf32>
    %245 = stablehlo.add %240, %244 : tensor<4x32xf32>
    %246 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %247 = stablehlo.divide %237, %246 : tensor<4x32xf32>
    %248 = "stablehlo.broadcast_in_dim"(%172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %249 = stablehlo.divide %245, %248 : tensor<4x32xf32>
    %250 = stablehlo.sqrt %249 : tensor<4x32xf32>
    %251 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %252 = "stablehlo.broadcast_in_dim"(%251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %253 = stablehlo.add %250, %252 : tensor<4x32xf32>
    %254 = stablehlo.divide %247, %253 : tensor<4x32xf32>
    %255 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %256 = "stablehlo.broadcast_in_dim"(%255) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %257 = stablehlo.multiply %arg2, %256 : tensor<4x32xf32>
    %258 = stablehlo.add %254, %257 : tensor<4x32xf32>
    %259 = "stablehlo.broadcast_in_dim"(%159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<4x32xf32>
    %261 = stablehlo.subtract %arg2, %260 : tensor<4x32xf32>
    %262 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %263 = "stablehlo.broadcast_in_dim"(%262) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %264 = stablehlo.multiply %arg7, %263 : tensor<4xf32>
    %265 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %266 = "stablehlo.broadcast_in_dim"(%265) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %267 = stablehlo.multiply %142, %266 : tensor<4xf32>
    %268 = stablehlo.add %264, %267 : tensor<4xf32>
    %269 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %270 = "stablehlo.broadcast_in_dim"(%269) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %271 = stablehlo.multiply %arg11, %270 : tensor<4xf32>
    %272 = stablehlo.multiply %142, %142 : tensor<4xf32>
    %273 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %274 = "stablehlo.broadcast_in_dim"(%273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<4xf32>
    %276 = stablehlo.add %271, %275 : tensor<4xf32>
    %277 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %278 = stablehlo.divide %268, %277 : tensor<4xf32>
    %279 = "stablehlo.broadcast_in_dim"(%172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %280 = stablehlo.divide %276, %279 : tensor<4xf32>
    %281 = stablehlo.sqrt %280 : tensor<4xf32>
    %282 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %283 = "stablehlo.broadcast_in_dim"(%282) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %284 = stablehlo.add %281, %283 : tensor<4xf32>
    %285 = stablehlo.divide %278, %284 : tensor<4xf32>
    %286 = "stablehlo.broadcast_in_dim"(%159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %287 = stablehlo.multiply %285, %286 : tensor<4xf32>
    %288 = stablehlo.subtract %arg3, %287 : tensor<4xf32>
    %289 = stablehlo.constant dense<1> : tensor<i32>
    %290 = stablehlo.add %arg12, %289 : tensor<i32>
    return %203, %230, %261, %288, %179, %210, %237, %268, %187, %218, %245, %276, %290, %44, %59, %159, %127 : tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
